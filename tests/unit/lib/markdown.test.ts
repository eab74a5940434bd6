import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../../src/lib/markdown.mjs';

const topics = fileURLToPath(new URL('../../../content/topics/', import.meta.url));
const shared = { syntaxHighlight: false, shikiConfig: {} };
const mdx = { optimize: true, srcDir: new URL('../../../src/', import.meta.url), sourcemap: false };

interface Renderer {
  process(content: string, path: string, frontmatter: Record<string, unknown>): Promise<{ code: string; astroMetadata: unknown }>;
  compiledOnThreads?: number;
}

/** The MDX renderer Astro gets, in a build (compiling on worker threads too) or in the preview. */
async function renderer(command: 'build' | 'dev'): Promise<Renderer> {
  const processor = markdownProcessor({ base: '/', editions: { uk: 'uk' } });
  const setup = processor.integration.hooks['astro:config:setup'] as (options: { command: string }) => void;
  setup({ command });
  return (await processor.createMdxRenderer!(shared as never, mdx as never)) as unknown as Renderer;
}

/** Every sample topic in both editions, as Astro's MDX plugin hands them over: body and frontmatter. */
const files = ['', 'uk/'].flatMap((folder) =>
  readdirSync(join(topics, folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const path = join(topics, folder, name);
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8'))!;
      return { path, body: body!, frontmatter: yaml.load(front!) as Record<string, unknown> };
    }),
);

describe('the MDX compiler of a build', () => {
  it('compiles every sample topic on its worker threads exactly as the preview compiles it on one', async () => {
    const [build, preview] = [await renderer('build'), await renderer('dev')];
    // Several files at once, as the bundler asks for them.
    const spread = await Promise.all([...files, ...files].map((file) => build.process(file.body, file.path, file.frontmatter)));
    const one = await Promise.all(files.map((file) => preview.process(file.body, file.path, file.frontmatter)));
    expect(build.compiledOnThreads).toBeGreaterThan(0);
    expect(preview.compiledOnThreads).toBeUndefined();
    for (const [i, file] of files.entries()) {
      expect(spread[i]!.code, file.path).toBe(one[i]!.code);
      expect(spread[i]!.astroMetadata, file.path).toEqual(one[i]!.astroMetadata);
    }
  });

  it('fails a broken file with the compiler’s own message, line and column, wherever it was compiled', async () => {
    const broken = `${files[0]!.body}\n\nA chart <Chart id="x" \n`;
    const errorOf = (r: Renderer) =>
      r.process(broken, files[0]!.path, files[0]!.frontmatter).then(
        () => undefined,
        (error: { message: string; line?: number; column?: number }) => ({ message: error.message, line: error.line, column: error.column }),
      );
    const build = await renderer('build');
    // The first file a build is asked for goes to a worker thread.
    const error = await errorOf(build);
    expect(error).toEqual(await errorOf(await renderer('dev')));
    expect(error?.message).toMatch(/^Unexpected end of file/);
    expect(error?.line).toBeGreaterThan(1);
  });
});
