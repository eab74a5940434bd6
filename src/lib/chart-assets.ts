import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, eachFile } from './built-pages';

/**
 * Heavy chart geometry (map outlines) is published as files of its own under `_charts/`, named by
 * a hash of their content: a page stays light, the browser caches each file for good, and two maps
 * of the same area share one. Rendering writes each file once to a staging folder; the build copies
 * the ones its pages reference into the output, and the preview serves them from the staging folder.
 */
const staging = join(process.cwd(), 'node_modules', '.cache', 'chart-assets');
const folder = '_charts';

/** Stores `content` and returns its address under the site's base. */
export function chartAsset(content: string): string {
  const name = `${createHash('sha256').update(content).digest('hex').slice(0, 16)}.svg`;
  const file = join(staging, name);
  if (!existsSync(file)) {
    mkdirSync(staging, { recursive: true });
    writeFileSync(file, content);
  }
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${folder}/${name}`;
}

/**
 * The chart files a built page references, found in its bytes: an archive has thousands of pages,
 * and decoding each one to text to find a few names held hundreds of megabytes at once.
 */
export function referencedFiles(html: Buffer): string[] {
  const marker = `/${folder}/`;
  const names: string[] = [];
  for (let at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + marker.length)) {
    const name = html.toString('latin1', at + marker.length, at + marker.length + 20);
    if (/^[0-9a-f]{16}\.svg$/.test(name)) names.push(name);
  }
  return names;
}

/** Copies the chart files the built pages reference into the output; serves them in the preview. */
export function chartAssets(): AstroIntegration {
  let base = '/';
  return {
    name: 'chart-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const match = new RegExp(`^${base}${folder}/([0-9a-f]{16}\\.svg)$`).exec((request.url ?? '').split('?')[0]!);
          if (!match || !existsSync(join(staging, match[1]!))) return next();
          response.setHeader('Content-Type', 'image/svg+xml');
          response.end(readFileSync(join(staging, match[1]!)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const names = new Set<string>();
        for (const found of eachFile(builtPages(root), referencedFiles)) for (const name of found) names.add(name);
        if (!names.size) return;
        mkdirSync(join(root, folder), { recursive: true });
        for (const name of names) {
          const source = join(staging, name);
          if (!existsSync(source)) throw new Error(`A page references ${folder}/${name}, which was never written.`);
          copyFileSync(source, join(root, folder, name));
        }
        logger.info(`Charts: copied ${names.size} geometry files into ${folder}/`);
      },
    },
  };
}
