import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildSite } from '../../scripts/build.mjs';
import { sites } from './sites.mjs';

// Real builds of a copy of the fixture content, broken on purpose: what a deploy step would find.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const scratch = 'node_modules/.cache/build-test';

function brokenCopy(name: string, breakIt: (topic: string) => string): string {
  const dir = join(scratch, name, 'content');
  rmSync(join(scratch, name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(sites.fixture.contentDir, dir, { recursive: true });
  const topic = join(dir, 'topics', 'second-topic.mdx');
  writeFileSync(topic, breakIt(readFileSync(topic, 'utf8')));
  return dir;
}

async function buildInto(outDir: string, contentDir: string) {
  // A complete-looking site from an earlier build, which a failed build must not leave behind.
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>previous build</title>');
  const ok = await buildSite({ outDir, silent: true, env: { ...process.env, CONTENT_DIR: contentDir, SITE: 'https://news.example.org', BASE: '/' } });
  return ok;
}

test('a schema error leaves no dist/ at all, not even the previous one', async () => {
  const outDir = 'dist-test-schema';
  const content = brokenCopy('schema', (mdx) => mdx.replace(/^status: .*$/m, 'status: finished'));
  expect(await buildInto(outDir, content)).toBe(false);
  expect(existsSync(outDir)).toBe(false);
  expect(existsSync(`${outDir}.building`)).toBe(false);
});

test('npm run build reports a schema error with its file, line, field and fix, and stops Astro', () => {
  const outDir = 'dist-test-report';
  const content = brokenCopy('report', (mdx) => mdx.replace(/^status: .*$/m, 'status: finished'));
  const line =
    readFileSync(join(content, 'topics', 'second-topic.mdx'), 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith('status:')) + 1;
  // The check runs beside Astro (scripts/build.mjs); its report is what the writer reads.
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, SITE: 'https://news.example.org', BASE: '/' },
  });
  expect(build.status).toBe(1);
  expect(build.stderr).toContain(`second-topic.mdx:${line} status: expected one of: developing, ongoing, concluded, background.`);
  expect(build.stderr).toContain('1 problem in 1 file.');
  // Stopped at the report: no pages rendered, nothing to publish.
  expect(build.stdout).not.toContain('generating static routes');
  expect(existsSync(outDir)).toBe(false);
  expect(existsSync(`${outDir}.building`)).toBe(false);
});

test('an error while rendering pages leaves no half-written site and no server chunks', async () => {
  const outDir = 'dist-test-render';
  // Valid frontmatter and MDX that only fails once the page is rendered.
  const content = brokenCopy('render', (mdx) => `${mdx}\n\nThe figure is {undefinedFigure.value}.\n`);
  expect(await buildInto(outDir, content)).toBe(false);
  expect(existsSync(outDir)).toBe(false);
  expect(existsSync(`${outDir}.building`)).toBe(false);
});

test('a finished build is complete: every page the sitemap lists, search, headers, no server chunks', async () => {
  for (const site of Object.values(sites)) {
    for (const file of ['index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind.js', '_headers', '_headers.nginx.conf', 'feed.json', 'rss.xml']) {
      expect(existsSync(join(site.outDir, file)), `${site.outDir}/${file}`).toBe(true);
    }
    expect(existsSync(join(site.outDir, '.prerender'))).toBe(false);
    expect(existsSync(`${site.outDir}.building`)).toBe(false);
  }
});
