// `npm run build`: builds the site all-or-nothing. Astro writes into a scratch folder beside the
// output; only a build that finished and passed the checks below replaces `dist/`. A failed build
// removes the scratch folder *and* the previous `dist/`, so a deploy step that ignores the exit
// code finds nothing to publish rather than a half-written or stale site.
//
//   npm run build                    SITE/BASE from the environment
//   npm run build -- --strict        also fail when SITE is not set (what the deploy recipes use)
//   OUT_DIR=dist-x npm run build     build somewhere else (the end-to-end tests do)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Everything a finished build must hold; a build missing any of them is not a site. */
function completeness(dir, base) {
  const missing = ['index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind.js', '_headers'].filter((file) => !existsSync(join(dir, file)));
  const problems = missing.map((file) => `${file} is missing`);
  // Every page the sitemap promises was written.
  for (const sitemap of readdirSync(dir).filter((name) => /^sitemap-\d+\.xml$/.test(name))) {
    for (const [, loc] of readFileSync(join(dir, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const pathname = decodeURIComponent(new URL(loc).pathname);
      const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
      const file = join(dir, path, path === '' || path.endsWith('/') ? 'index.html' : '');
      if (!existsSync(file)) problems.push(`${sitemap} lists ${loc}, but ${relative(root, file)} was not written`);
    }
  }
  if (existsSync(join(dir, '.prerender'))) problems.push('.prerender/ (server chunks) was left in a static build');
  return problems;
}

/**
 * The environment of every process of the build, for glibc's allocator (docs/performance.md has
 * the measurements, medians of three pairs at 1,000 topics):
 * - Two arenas. glibc gives each thread that allocates an arena of its own and keeps what is freed
 *   in each; Node's file and compression threads and V8's helpers are many such threads. Astro's
 *   peak 1,515 → 1,445 MiB, 0.98 of the CPU time.
 * - Blocks of 128 KiB and more always mapped on their own, so freeing one hands it back. glibc
 *   otherwise raises that threshold each time such a block is freed, up to 32 MiB, and from then on
 *   keeps the large buffers a build churns through (file contents, pages' bytes, compression) in
 *   its heap. Astro's peak 1,480 → 1,374 MiB, 0.94 of the CPU time.
 * A value the caller set wins.
 * @param {Record<string, string | undefined>} env
 */
export function processEnv(env) {
  return { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', ...env };
}

/**
 * The environment Astro builds in. The bundler, the Astro compiler and the image renderer are
 * native modules with their own allocator (mimalloc), which by default keeps freed memory for a
 * while before handing it back; at archive scale that held about 0.4 GB of the build's peak
 * (docs/performance.md). Returning it at once cost about 7 % of the build's time there, for a fifth
 * less peak memory. A value the caller set wins (MIMALLOC_PURGE_DELAY=10 trades the other way).
 * @param {Record<string, string | undefined>} env
 */
export function astroEnv(env) {
  return { MIMALLOC_PURGE_DELAY: '0', ...processEnv(env) };
}

/**
 * Node's options for Astro's process. V8 lets its heap grow by a factor it picks from how fast the
 * program allocates, up to four times what survived the last full collection; while pages render,
 * that held 0.35–0.45 GB of garbage beside 0.3–0.35 GB alive at 1,000 topics. Growing by 60 %
 * kept the peak 0.23 GB lower at no cost three pairs could see (30 %: 0.28 GB lower, 11 % more CPU
 * time; docs/performance.md). `--heap-growing-percent` is not allowed in NODE_OPTIONS, so it is
 * passed here.
 */
export const astroNodeOptions = ['--heap-growing-percent=60'];

/** Starts `astro build`; `done` resolves with its exit code. */
function startAstro(env, silent) {
  const child = spawn(process.execPath, [...astroNodeOptions, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(silent ? ['--silent'] : [])], {
    cwd: root,
    env: astroEnv(env),
    stdio: 'inherit',
  });
  const done = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  return { child, done };
}

/**
 * A script of ours in a process of its own, its output kept to print whole.
 * @returns {{ child: import('node:child_process').ChildProcess, done: Promise<{ code: number, report: string }> }}
 */
function runScript(script, env, args = []) {
  const child = spawn(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, env: processEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let report = '';
  child.stdout.on('data', (chunk) => (report += chunk));
  child.stderr.on('data', (chunk) => (report += chunk));
  const done = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), report: report.trim() })));
  return { child, done };
}

/**
 * Runs Astro and, beside it, the content check (`npm run check:content`, the same checks the
 * build's integration runs, loaded by Node without a bundler). Astro spends its first half-minute
 * starting and bundling on one core, so the check runs on the other at little cost to the build,
 * and while Astro is still small (0.3–0.6 GB at 1,000 topics). A check that fails stops Astro; when
 * Astro fails first (its own schema error for the same file, say), the check's report is still what
 * the writer reads last: it names the file, line and field, and how to fix them. The search index
 * is built once Astro has exited (scripts/search-index.mjs).
 * @returns {Promise<number>} the exit code: 0 when the check, Astro and the search index succeeded
 */
async function checkAndBuild(env, silent) {
  const check = runScript('check-content.mjs', env).done;
  const astro = startAstro({ ...env, CONTENT_CHECKED_BESIDE: '1', SEARCH_INDEX_AFTER: '1' }, silent);
  const first = await Promise.race([check, astro.done.then(() => undefined)]);
  const checked = first ?? (await check);
  if (checked.code !== 0) {
    astro.child.kill();
    await astro.done;
    console.error(`\n${checked.report}\n`);
    return checked.code;
  }
  // Warnings alone (an outdated translation) fail nothing and are printed as the build goes on.
  if (!silent || /warning/.test(checked.report)) console.log(checked.report);
  const code = await astro.done;
  if (code !== 0) return code;
  // The search index once Astro has exited and handed back its memory (src/lib/search-index.ts).
  const search = await runScript('search-index.mjs', env, [env.BUILD_DIR]).done;
  if (search.code !== 0 || !silent) (search.code ? console.error : console.log)(search.report);
  return search.code;
}

/**
 * Builds into `outDir` (default `dist`) or leaves nothing there.
 * @param {{ outDir?: string, env?: Record<string, string | undefined>, strict?: boolean, silent?: boolean }} [options]
 * @returns {Promise<boolean>} whether `outDir` now holds a complete site
 */
export async function buildSite({ outDir = process.env.OUT_DIR ?? 'dist', env = process.env, strict = false, silent = false } = {}) {
  const target = join(root, outDir);
  const scratch = `${target}.building`;
  const previous = `${target}.previous`;
  rmSync(scratch, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  const buildEnv = { ...env, OUT_DIR: outDir, BUILD_DIR: relative(root, scratch), ...(strict ? { STRICT_SITE: '1' } : {}) };
  const code = await checkAndBuild(buildEnv, silent);
  const base = `/${(env.BASE ?? '').trim().replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const problems = code === 0 ? completeness(scratch, base) : [];
  if (code !== 0 || problems.length) {
    rmSync(scratch, { recursive: true, force: true });
    const hadOutput = existsSync(target) && statSync(target).isDirectory();
    rmSync(target, { recursive: true, force: true });
    const why = code !== 0 ? `the build failed (exit ${code})` : `the output is incomplete:\n  - ${problems.join('\n  - ')}`;
    console.error(
      `\n✖ Nothing to publish: ${why}.\n  ${hadOutput ? `${outDir}/ from the previous build was removed too, so it cannot be deployed by mistake.` : `No ${outDir}/ was written.`}\n`,
    );
    return false;
  }
  if (existsSync(target)) renameSync(target, previous);
  renameSync(scratch, target);
  rmSync(previous, { recursive: true, force: true });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ok = await buildSite({ strict: process.argv.includes('--strict'), silent: process.argv.includes('--silent') });
  process.exit(ok ? 0 : 1);
}
