// `npm run bench`: how the build scales with the archive, against plain Astro + MDX.
//
//   npm run bench                   1,000 extra topics (copies of the sample topics, charts and all)
//   npm run bench -- --n 200        another archive size
//   npm run bench -- --keep         keep the generated sites in .bench/ to look at
//   npm run bench -- --profile      also a CPU profile of our largest build: top 15 functions by self time
//   npm run bench -- --runs 3       ours and plain MDX built in turns three times; the table is the run
//                                   with the median ratio, and every run's ratio is printed
//
// It builds our site with the sample topics alone and with N extra, and a plain Astro + MDX +
// remark-gfm site of the same prose (no charts, no search, no cards) at both sizes, in the same run,
// then prints total and marginal time per topic, the ratio of the two, each build's peak memory,
// and what one topic page weighs. Ours is built as `npm run build` builds it (scripts/build.mjs: the
// content check beside Astro, the search index after it), and its memory is that of all its
// processes together. Numbers, not assertions: the byte budgets are enforced by the tests, and
// docs/performance.md keeps the results with the machine they came from.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pageWeight } from './page-weight.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: options } = parseArgs({
  options: { n: { type: 'string', default: '1000' }, runs: { type: 'string', default: '1' }, keep: { type: 'boolean' }, profile: { type: 'boolean' } },
});
const extra = Number(options.n);
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of runs, at least 1; got "${options.runs}".`);
const work = join(root, '.bench');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const buildScript = join(root, 'scripts/build.mjs');

/** A process and all its descendants (Astro, the content check beside it, Pagefind), by pid. */
function processTree(pid) {
  let children = [];
  try {
    children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean),
    );
  } catch {
    // The process has exited.
  }
  return [pid, ...children.flatMap((child) => processTree(Number(child)))];
}

/** A process's resident memory now and at its peak, in KiB (0 once it has exited). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), hwm: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * Runs a build, sampling the peak resident memory of its whole process tree until it exits: the
 * larger of the highest sum of the processes' resident memory at one moment (every 50 ms) and any
 * one process's own peak (VmHWM, which the kernel keeps exactly).
 */
function run(args, { cwd = root, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let log = '';
    const sample = () => {
      const memory = processTree(child.pid).map(memoryOf);
      peak = Math.max(
        peak,
        ...memory.map((m) => m.hwm),
        memory.reduce((sum, m) => sum + m.rss, 0),
      );
    };
    const timer = setInterval(sample, 50);
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`build failed (exit ${code}):\n${log.slice(-3000)}`));
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: peak / 1024, log });
    });
  });
}

const samples = readdirSync(join(root, 'content/topics')).filter((name) => name.endsWith('.mdx'));

/** Our content folder: the newsroom's registries, the sample topics and `count` numbered copies. */
function ourContent(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['sources', 'places', 'figures', 'glossary', 'geo']) cpSync(join(root, 'content', folder), join(dir, folder), { recursive: true });
  mkdirSync(join(dir, 'topics'), { recursive: true });
  for (const name of samples) cpSync(join(root, 'content/topics', name), join(dir, 'topics', name));
  for (let i = 0; i < count; i++) {
    const name = samples[i % samples.length];
    const text = readFileSync(join(root, 'content/topics', name), 'utf8')
      .replace(/^title: "(.*)"$/m, (_, title) => `title: "${title} (${i + 1})"`)
      .replace(/^shortTitle: .*\n/m, '')
      .replace(/^(title: .*)$/m, `$1\nshortTitle: "Archive explainer ${i + 1}"`);
    writeFileSync(join(dir, 'topics', name.replace('.mdx', `-archive-${i + 1}.mdx`)), text);
  }
}

/** The same prose as a plain Astro + MDX + remark-gfm site: no charts, citations, figures or search. */
function plainSite(dir, ours) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/topics'), { recursive: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport remarkGfm from 'remark-gfm';\nexport default defineConfig({ output: 'static', cacheDir: './.astro-cache', integrations: [mdx()], markdown: { remarkPlugins: [remarkGfm] } });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { topics: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/topics' }), schema: z.object({ title: z.string() }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('topics')).map((topic) => ({ params: { slug: topic.id }, props: { topic } }));\n}\nconst { topic } = Astro.props;\nconst { Content } = await render(topic);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{topic.data.title}</title></head><body><h1>{topic.data.title}</h1><Content /></body></html>\n`,
  );
  for (const name of readdirSync(join(ours, 'topics'))) {
    const text = readFileSync(join(ours, 'topics', name), 'utf8');
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    const title = /^title: (.*)$/m.exec(frontmatter)[1];
    const prose = body
      .replace(/<Chart [^>]*\/>/g, '')
      .replace(/<Fig [^>]*\/>/g, 'a figure')
      .replace(/<Method [^>]*>|<\/Method>/g, '')
      .replace(/<Steps? [^>]*>|<\/Steps?>/g, '')
      .replace(/\s?\[@[^\]]+\]/g, '');
    writeFileSync(join(dir, 'src/content/topics', name), `---\ntitle: ${title}\n---\n${prose}`);
  }
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The functions that took the most CPU time in a V8 CPU profile, by self time. */
function topFunctions(profileDir, count = 15) {
  const [file] = readdirSync(profileDir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort((a, b) => statSync(join(profileDir, b)).size - statSync(join(profileDir, a)).size);
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8'));
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const gaps = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const where = `${functionName || '(anonymous)'} ${url.replace(/^file:\/\//, '').replace(root, '')}:${lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (gaps[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([where, ms]) => ({ where, ms, share: ms / total }));
}

/** Caches of our own that a rebuild reuses (map geometry, social cards, chart downloads): emptied for the cold builds. */
const ownCaches = ['chart-assets', 'social-cards', 'chart-downloads'].map((name) => join(root, 'node_modules', '.cache', name));

/** Where astro.config.mjs keeps the content cache of a build in `.bench/ours-<count>`: emptied, so every build is cold. */
const cacheDir = (count) => join(root, 'node_modules', `.astro-${`.bench/ours-${count}`.replace(/\W/g, '-')}`);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (const count of [0, extra]) ourContent(join(work, `content-${count}`), count);

/** One run: ours and plain MDX at both sizes, in turns, each cold; the warm rebuild in the first run only. */
async function measure(first) {
  const results = {};
  for (const count of [0, extra]) {
    const content = join(work, `content-${count}`);
    const profileDir = join(work, 'profile');
    // Every Node process of the build writes a profile; the largest is Astro's.
    const profile = options.profile && first && count === extra ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {};
    // Cold: Astro's content cache and our own start empty, and no earlier output to replace. Our
    // build runs as `npm run build` runs it: the build script, Astro and the content check beside it.
    for (const dir of [cacheDir(count), ...ownCaches, join(root, `.bench/ours-${count}`)]) rmSync(dir, { recursive: true, force: true });
    process.stdout.write(`building ours with ${samples.length + count} topics… `);
    const ours = await run([buildScript], { env: { CONTENT_DIR: content, OUT_DIR: `.bench/ours-${count}`, SITE: 'https://news.example.org', ...profile } });
    console.log(`${ours.seconds.toFixed(1)} s`);
    let rebuild;
    if (first && count === extra) {
      // What a newsroom waits for after editing one topic: the same archive again, caches warm.
      process.stdout.write(`rebuilding ours with ${samples.length + count} topics, caches warm… `);
      rebuild = await run([buildScript], { env: { CONTENT_DIR: content, OUT_DIR: `.bench/ours-${count}`, SITE: 'https://news.example.org' } });
      console.log(`${rebuild.seconds.toFixed(1)} s`);
    }
    const plainDir = join(work, `plain-${count}`);
    plainSite(plainDir, content);
    process.stdout.write(`building plain MDX with ${samples.length + count} pages… `);
    const plain = await run([astro, 'build'], { cwd: plainDir });
    console.log(`${plain.seconds.toFixed(1)} s`);
    results[count] = { ours, rebuild, plain, pages: files(join(root, `.bench/ours-${count}`)).filter((f) => f.endsWith('.html')).length };
  }
  return results;
}

/** Our marginal cost per extra topic over plain MDX's, in one run. */
const runRatio = (results) => (results[extra].ours.seconds - results[0].ours.seconds) / (results[extra].plain.seconds - results[0].plain.seconds);

// This machine's speed drifts between builds (docs/performance.md): with --runs, ours and plain MDX
// are built in turns that many times and the table is the run with the median ratio.
const all = [];
for (let i = 0; i < runs; i++) {
  if (runs > 1) console.log(`run ${i + 1} of ${runs}`);
  all.push(await measure(i === 0));
}
const median = [...all].sort((a, b) => runRatio(a) - runRatio(b))[Math.floor((all.length - 1) / 2)];
const results = { 0: median[0], [extra]: { ...median[extra], rebuild: all[0][extra].rebuild } };

const [base, big] = [results[0], results[extra]];
const marginal = (key) => ((big[key].seconds - base[key].seconds) * 1000) / extra;
const ratio = marginal('ours') / marginal('plain');
const row = (label, count, r) =>
  `| ${label} | ${samples.length + count} | ${r.ours.seconds.toFixed(1)} s | ${r.plain.seconds.toFixed(1)} s | ${Math.round(r.ours.peakMb)} MB | ${Math.round(r.plain.peakMb)} MB |`;

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log('\n| build | topics | ours | plain MDX | our peak RSS | plain peak RSS |\n|---|---|---|---|---|---|');
console.log(row('sample only', 0, base));
console.log(row(`+${extra}`, extra, big));
console.log(`\n| extra topics | our marginal cost per topic | plain MDX per page | ratio | our peak RSS |\n|---|---|---|---|---|`);
console.log(
  `| ${extra.toLocaleString('en-GB')} | ${marginal('ours').toFixed(0)} ms | ${marginal('plain').toFixed(0)} ms | ${ratio.toFixed(2)} | ${Math.round(big.ours.peakMb).toLocaleString('en-GB')} MB |`,
);
if (runs > 1)
  console.log(
    `\nRatio in each of the ${runs} runs (ours and plain MDX built in turns): ${all.map((r) => runRatio(r).toFixed(2)).join(', ')}; the tables show the median run.`,
  );
// A plain MDX topic is one page; one of ours is several (its edition copies, an embed page per
// chart): what the ratio compares is a topic, whatever it takes to publish it.
const pagesPerTopic = (big.pages - base.pages) / extra;
console.log(
  `\nEach extra topic is ${pagesPerTopic.toFixed(1)} HTML pages here (plain MDX: 1), plus its CSV files, card and image downloads: ${(marginal('ours') / pagesPerTopic).toFixed(0)} ms per page against plain MDX's ${marginal('plain').toFixed(0)} ms.`,
);
const rebuildMs = ((big.rebuild.seconds - base.ours.seconds) * 1000) / extra;
console.log(
  `\nRebuild of the same ${samples.length + extra} topics with warm caches: ${big.rebuild.seconds.toFixed(1)} s, ${rebuildMs.toFixed(0)} ms per extra topic over the cold sample build, ratio ${(rebuildMs / marginal('plain')).toFixed(2)}, peak RSS ${Math.round(big.rebuild.peakMb)} MB.`,
);

console.log(
  '\n| page (sample build) | HTML raw | HTML gzip | to first chart | CSS gzip | JS gzip at load (+ on demand) | fonts | map geometry |\n|---|---|---|---|---|---|---|---|',
);
for (const name of samples) {
  const page = `topics/${name.replace('.mdx', '')}/`;
  const w = pageWeight(join(root, '.bench/ours-0'), '/', page);
  console.log(
    `| /${page} | ${kb(w.html.raw)} | ${kb(w.html.gzip)} | ${kb(w.firstChartGzip)} | ${kb(w.css.gzip)} | ${kb(w.js.gzip)} (+${kb(w.jsOnDemand.gzip)}) | ${kb(w.fonts.gzip)} | ${kb(w.images.gzip)} |`,
  );
}

if (options.profile) {
  console.log(`\nTop 15 functions by self time, our build with ${samples.length + extra} topics:\n\n| self ms | share | function |\n|---|---|---|`);
  for (const { where, ms, share } of topFunctions(join(work, 'profile'))) console.log(`| ${ms.toFixed(0)} | ${(share * 100).toFixed(1)}% | \`${where}\` |`);
}

if (!options.keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nKept the generated sites in ${work}`);
for (const count of [0, extra]) rmSync(cacheDir(count), { recursive: true, force: true });
