// What a reader downloads for one built page, read from the files of a build: shared by
// `npm run bench` (which prints it) and the budget tests (which enforce it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const size = (buffers) => ({ raw: buffers.reduce((s, b) => s + b.length, 0), gzip: buffers.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0) });

/**
 * @param {string} site the build's folder
 * @param {string} base the base path the site was built for, e.g. `/` or `/explainers/`
 * @param {string} page a page's path under the base, e.g. `topics/siversk/`
 */
export function pageWeight(site, base, page) {
  const html = readFileSync(join(site, page, 'index.html'));
  const text = html.toString();
  const file = (href) => join(site, href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, ''));
  const linked = (pattern) =>
    [...new Set([...text.matchAll(pattern)].map(([, href]) => href))].filter((href) => existsSync(file(href))).map((href) => readFileSync(file(href)));
  // Scripts that run at load: module scripts, linked or inline; not data blocks.
  const js = [
    ...linked(/<script type="module" src="([^"]+)"/g),
    ...[...text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(([, code]) => Buffer.from(code)),
  ];
  const chunk = (name) => {
    const path = join(site, '_astro', name.replace(/^.*\//, ''));
    return existsSync(path) ? readFileSync(path) : undefined;
  };
  // Static imports of those scripts load at once too.
  for (const code of [...js]) {
    for (const [, bare, named] of code.toString().matchAll(/\bimport\s*["'`]([^"'`]+\.js)["'`]|\bfrom\s*["'`]([^"'`]+\.js)["'`]/g)) {
      const found = chunk(bare ?? named);
      if (found) js.push(found);
    }
  }
  // What they import on demand (`import("./x.js")`: the stepper, the scrollytelling, search
  // results), counted whether or not this page uses it: the most the page can fetch.
  const onDemand = [...new Set(js.flatMap((code) => [...code.toString().matchAll(/\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g)].map(([, name]) => name)))]
    .map(chunk)
    .filter(Boolean);
  // The first chart (or the headline, dek and stat grid when the page has none) must arrive in the first round trip.
  const firstChart = text.indexOf('</figure>');
  return {
    html: size([html]),
    css: size(linked(/<link rel="stylesheet" href="([^"]+)"/g)),
    js: size(js),
    jsOnDemand: size(onDemand),
    /** Script files the page itself asks for: each is one more request before the page settles. */
    scriptFiles: [...text.matchAll(/<script type="module" src=/g)].length,
    fonts: size(linked(/<link rel="preload" href="([^"]+\.woff2)"/g)),
    images: size([...linked(/<img[^>]+src="([^"]+)"/g), ...linked(/<use[^>]+href="([^"#]+)#/g)]),
    firstChartGzip: firstChart < 0 ? 0 : gzipSync(text.slice(0, firstChart + '</figure>'.length), { level: 9 }).length,
  };
}
