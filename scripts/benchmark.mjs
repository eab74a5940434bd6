// `npm run bench`: builds the site twice and prints what the closing notes report: total build
// time, render time per page, JavaScript bytes (gzip) per page, and whether the two builds are
// byte-identical. Numbers, not assertions: the budgets themselves are enforced by the tests.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';

const outDir = 'dist-bench';

function build() {
  const started = performance.now();
  const log = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, OUT_DIR: outDir, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  const plain = stripVTControlCharacters(log);
  const pages = Object.fromEntries([...plain.matchAll(/├─ (\/\S+\.html) \(\+(\d+)ms\)/g)].map(([, page, ms]) => [page, Number(ms)]));
  return { seconds: (performance.now() - started) / 1000, pages };
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function digest() {
  const hash = createHash('sha256');
  for (const file of files(outDir).sort()) hash.update(relative(outDir, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function scriptBytes(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  let bytes = 0;
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) bytes += gzipSync(readFileSync(join(outDir, src))).length;
  for (const [, inline] of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) {
    bytes += gzipSync(inline).length;
  }
  return bytes;
}

const first = build();
const firstDigest = digest();
const second = build();
const secondDigest = digest();

console.log(`build time: ${first.seconds.toFixed(1)} s (first), ${second.seconds.toFixed(1)} s (second)`);
console.log(`identical output across builds: ${firstDigest === secondDigest ? 'yes' : 'NO'} (${firstDigest})`);
console.log('\npage                                   render ms   charts   JS gzip bytes');
for (const [page, ms] of Object.entries(second.pages)) {
  const file = join(outDir, page);
  const charts = (readFileSync(file, 'utf8').match(/<figure class="chart /g) ?? []).length;
  console.log(`${page.padEnd(38)} ${String(ms).padStart(9)}   ${String(charts).padStart(6)}   ${String(scriptBytes(file)).padStart(13)}`);
}
