// Builds every site variant the end-to-end tests walk, once, then serves each as a static host would.
import { sites } from '../tests/e2e/sites.mjs';
import { buildSite } from './build.mjs';
import { serveStatic } from './serve-static.mjs';

for (const site of Object.values(sites)) {
  const started = performance.now();
  const built = await buildSite({
    outDir: site.outDir,
    silent: true,
    strict: true,
    env: {
      ...process.env,
      BASE: site.base,
      SITE: 'https://news.example.org',
      ...(site.contentDir ? { CONTENT_DIR: site.contentDir } : {}),
    },
  });
  if (!built) process.exit(1);
  console.log(`built ${site.outDir} (base ${site.base}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
for (const site of Object.values(sites)) await serveStatic({ dir: site.outDir, base: site.base, port: site.port });
