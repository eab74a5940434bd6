import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';

export interface RawEntry {
  /** The entry id as Astro's glob loader derives it: a frontmatter `slug`, else the file name. */
  id: string;
  filePath: string;
  data: Record<string, unknown>;
  body: string;
}

const root = new URL('../../', import.meta.url).pathname;

/** Reads one content collection straight from disk, the way the glob loader sees it. */
export function readCollection(name: 'topics' | 'sources' | 'places' | 'glossary', contentRoot = join(root, 'content')): RawEntry[] {
  const dir = join(contentRoot, name);
  return readdirSync(dir)
    .filter((file) => ['.mdx', '.yaml', '.yml'].includes(extname(file)))
    .sort()
    .map((file) => {
      const filePath = relative(root, join(dir, file));
      const source = readFileSync(join(dir, file), 'utf8');
      if (extname(file) === '.mdx') {
        const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
        const slug = typeof frontmatter.slug === 'string' ? frontmatter.slug : basename(file, '.mdx');
        return { id: slug, filePath, data: frontmatter, body: content };
      }
      return { id: basename(file, extname(file)), filePath, data: parseYaml(source) ?? {}, body: '' };
    });
}
