// Builds the site search (Pagefind) for a finished build: `node scripts/search-index.mjs <site folder>`.
// `npm run build` runs it once Astro has exited, so Pagefind's index and Astro's memory are never
// held at once (src/lib/search-index.ts says what is indexed).
import './typescript-hooks.mjs';
import { resolve, sep } from 'node:path';

const { indexSite } = await import('../src/lib/search-index.ts');
const site = resolve(process.argv[2] ?? 'dist') + sep;
const started = performance.now();
const count = await indexSite(site);
console.log(`Search: indexed ${count} pages into pagefind/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
