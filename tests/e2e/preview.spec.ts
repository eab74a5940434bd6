import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The writer's loop: `npm run dev` on a copy of the fixture content, with mistakes made in it.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const port = 4419;
// Outside node_modules, which the preview's file watcher ignores, as a writer's folder would be.
const content = join(tmpdir(), 'news-explainer-preview-test', 'content');
const topic = (name: string) => join(content, 'topics', `${name}.mdx`);
let server: ChildProcess | undefined;
let log = '';

test.beforeAll(async () => {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync('tests/fixtures/site/content', content, { recursive: true });
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: 'dist-e2e-preview', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  await expect.poll(() => log, { timeout: 60_000 }).toContain(`127.0.0.1:${port}`);
});

test.afterAll(() => {
  server?.kill();
});

const edit = (name: string, change: (text: string) => string) => writeFileSync(topic(name), change(readFileSync(topic(name), 'utf8')));

test('three mistakes in two files: all three in the browser and in the terminal, then the page once fixed', async ({ page }) => {
  const gallery = readFileSync(topic('chart-gallery'), 'utf8');
  const second = readFileSync(topic('second-topic'), 'utf8');
  edit('chart-gallery', (text) => text.replace('status: background', 'status: develop').replace('published: 2025-12-23', 'published: 2025-13-23'));
  edit('second-topic', (text) => text.replace('related: [chart-gallery]', 'related: [chart-galery]'));
  await expect.poll(() => log, { timeout: 20_000 }).toContain('3 problems in 2 files');
  await page.goto(`http://127.0.0.1:${port}/topics/chart-gallery/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The content has 3 problems');
  const items = page.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: /chart-gallery\.mdx:\d+ status: expected one of: developing, ongoing, concluded, background/ })).toHaveCount(1);
  await expect(items.filter({ hasText: /chart-gallery\.mdx:\d+ published:/ })).toHaveCount(1);
  await expect(items.filter({ hasText: /second-topic\.mdx:\d+ related\.0: "chart-galery" is not a topic id/ })).toHaveCount(1);
  expect(log).toMatch(/second-topic\.mdx:\d+ related\.0: "chart-galery" is not a topic id/);

  // Fixed in the editor: the open page reloads by itself and shows the topic again.
  writeFileSync(topic('chart-gallery'), gallery);
  writeFileSync(topic('second-topic'), second);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chart gallery: every chart kind', { timeout: 20_000 });
});

test('a placeholder left in shows over the page it is on, which still renders', async ({ page }) => {
  edit('second-topic', (text) => text.replace('Back to', 'REPLACE: back to'));
  await expect.poll(() => log, { timeout: 20_000 }).toContain('replace the placeholder');
  await page.goto(`http://127.0.0.1:${port}/topics/second-topic/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A second topic');
  const box = page.getByRole('complementary', { name: 'Content problems' });
  await expect(box).toContainText('1 content problem to fix before publishing');
  await expect(box).toContainText(/second-topic\.mdx:\d+: replace the placeholder/);
});

test('a draft shows in the preview, with its banner', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port}/topics/unpublished-draft/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An unpublished draft about Zanzibarovka');
  await expect(page.getByRole('note')).toContainText('Draft: this page is visible only in the preview');
});
