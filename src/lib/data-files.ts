import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildShared } from './build-shared';
import { writeFiles } from './output-files';

/**
 * The build's data files (each chart's CSV) by their path under the site, shared with the
 * integration's copy of this code (build-shared.ts).
 */
const files = buildShared('data-files', () => new Map<string, string>());

/**
 * In a build, keeps `entries` (path under the site, text) for the `data-files` integration to
 * write once the pages are done, and returns true: the route then builds no pages of its own. As
 * routes, each file cost Astro a request, a response and a log line (1.2 ms; an archive of 1,000
 * topics has 3,500 CSV files), for a file of a few hundred bytes. In the preview it returns false
 * and the route serves the files itself.
 */
export function writeAfterBuild(entries: Iterable<[string, string]>): boolean {
  if (!import.meta.env.PROD) return false;
  for (const [path, text] of entries) files.set(path, text);
  return true;
}

/** Writes the data files the routes handed over (see writeAfterBuild) into the output. */
export function dataFiles(): AstroIntegration {
  return {
    name: 'data-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await writeFiles([...files].map(([path, text]) => [join(root, ...path.split('/')), text]));
        logger.info(`Data: wrote ${files.size} CSV files`);
        files.clear();
      },
    },
  };
}
