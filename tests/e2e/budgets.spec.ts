import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../scripts/page-weight.mjs';
import { sites } from './sites.mjs';

/** Bytes every page may cost a reader on a phone, gzip as served. Seconds vary by machine; bytes do not. */
const budgets = {
  js: 10 * 1024,
  css: 12 * 1024,
  /** Every topic page, the longest (Siversk, five charts and a scrollytelling section) included. */
  html: 20 * 1024,
  /**
   * The same page in a language written in Cyrillic: each letter is two bytes in UTF-8 and
   * compresses less well, which costs the Ukrainian Siversk page 4 KB over the English one.
   */
  htmlTwoByteScript: 24 * 1024,
  /** The headline, dek and first chart arrive in the first TCP round trip (~14 KB). */
  firstChart: 14 * 1024,
  fonts: 80 * 1024,
  images: 60 * 1024,
};
/** Languages whose letters take two bytes each in UTF-8. */
const twoByteScripts = new Set(['uk', 'ru', 'be', 'bg', 'el', 'ka', 'hy', 'he', 'ar']);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : pages(path);
    return name === 'index.html' ? [relative(dir, path).replace(/index\.html$/, '')] : [];
  });
}

for (const [name, site] of Object.entries(sites)) {
  test(`every page of the ${name} build stays within its byte budgets`, () => {
    const over: string[] = [];
    const root = site.outDir;
    const all = pages(root).map((page) => page.replace(/\\/g, '/'));
    for (const page of all) {
      const weight = pageWeight(root, site.base, page);
      const check = (what: string, bytes: number, budget: number) => {
        if (bytes > budget) over.push(`/${page}: ${what} is ${kb(bytes)} gzip, over its budget of ${kb(budget)}`);
      };
      check('JavaScript run at load and what it can load on demand', weight.js.gzip + weight.jsOnDemand.gzip, budgets.js);
      check('CSS', weight.css.gzip, budgets.css);
      // One script file per page (src/scripts/site.ts), whatever its components: each more is one more
      // request a phone makes before the page settles, and on a slow network it holds back the text.
      if (weight.scriptFiles > 1) over.push(`/${page}: asks for ${weight.scriptFiles} script files at load, more than one`);
      check('fonts preloaded', weight.fonts.gzip, budgets.fonts);
      check('images and map geometry', weight.images.gzip, budgets.images);
      if (/^([a-z]{2,3}\/)?topics\/[^/]+\/$/.test(page)) {
        const lang = /<html lang="([^"]+)"/.exec(readFileSync(join(root, page, 'index.html'), 'utf8'))?.[1] ?? '';
        check('the HTML', weight.html.gzip, twoByteScripts.has(lang.split('-')[0]!) ? budgets.htmlTwoByteScript : budgets.html);
        check('the HTML up to the end of the first chart', weight.firstChartGzip, budgets.firstChart);
      }
    }
    expect(over).toEqual([]);
    expect(all.length).toBeGreaterThan(4);
  });
}
