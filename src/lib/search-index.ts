import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { builtPages, eachFile } from './built-pages';
import { siteConfig } from '../../site.config';

/**
 * The sections whose pages mark a readable part (`data-pagefind-body`), in every edition. Only
 * these are handed to Pagefind: an archive's embed pages, lists and untranslated copies outnumber
 * its readable pages, and Pagefind would otherwise parse every one to find nothing. A new
 * searchable section is named here.
 */
const searchableSections = ['topics', 'glossary'];

/** The built pages of those sections that mark a readable part, as paths under the site. */
function searchablePages(site: string): string[] {
  return siteConfig.editions
    .flatMap((edition) => searchableSections.map((section) => join(site, edition.path, section)))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => {
      const pages = builtPages(dir);
      const marked = eachFile(pages, (html) => html.includes('data-pagefind-body'));
      return pages.filter((_, i) => marked[i]);
    })
    .map((file) => relative(site, file).split(sep).join('/'));
}

/**
 * Those pages as one glob of their paths, for Pagefind to read from disk: a page that only shows
 * another edition's text (an untranslated topic) is not even parsed.
 */
const searchableGlob = (site: string) =>
  `{${searchablePages(site)
    .map((path) => path.replace(/[{}[\]*?,\\]/g, '\\$&'))
    .join(',')}}`;

/**
 * Indexes the built site in `site` (a folder path ending in a slash) with Pagefind into
 * `pagefind/` and returns how many pages it indexed.
 */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: searchableGlob(site) });
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind also writes its ready-made interfaces; the site has its own (src/scripts/search-results.ts).
  for (const file of readdirSync(`${site}pagefind`)) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) rmSync(`${site}pagefind/${file}`);
  }
  return added.page_count;
}

/**
 * Builds the site search with Pagefind once the pages are written: every page that marks its
 * readable part with `data-pagefind-body` (topics and the glossary) is indexed, nothing else, so
 * the home page, lists and the 404 page never crowd the results. Drafts are not built, so never
 * indexed; research notes never reach a page. The index is static files under `pagefind/`, one
 * per language (from each page's `<html lang>`): the Ukrainian search page searches the Ukrainian
 * edition, with Ukrainian word stemming.
 *
 * `npm run build` indexes the site itself once Astro has exited (scripts/search-index.mjs):
 * Pagefind holds the whole index in memory (0.9 GB at 1,000 topics), and beside Astro's process,
 * which keeps its own peak to the end, the two came to 2.3 GB.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX_AFTER === '1') return;
        const count = await indexSite(fileURLToPath(dir));
        logger.info(`Search: indexed ${count} pages into pagefind/`);
      },
    },
  };
}
