// Builds every site variant the end-to-end tests walk, once, then serves each as a static host would.
import { execFileSync } from 'node:child_process';
import { sites } from '../tests/e2e/sites.mjs';
import { serveStatic } from './serve-static.mjs';

for (const site of Object.values(sites)) {
  const started = performance.now();
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      OUT_DIR: site.outDir,
      BASE: site.base,
      SITE: 'https://news.example.org',
      ...(site.contentDir ? { CONTENT_DIR: site.contentDir } : {}),
    },
  });
  console.log(`built ${site.outDir} (base ${site.base}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
for (const site of Object.values(sites)) await serveStatic({ dir: site.outDir, base: site.base, port: site.port });
