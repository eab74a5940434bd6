import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sites, siteUrl } from './sites.mjs';
import { topicSlugs } from './helpers';

/** Every file a build wrote, for checks over everything a reader or a feed can fetch. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [path];
  });
}

/** What a reader or a machine reads in a file: text and attribute values that are shown, not markup. */
function readerText(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.html')) return text;
  return text
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*\b(?:aria-label|alt|title|content|data-tip)="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ');
}

const sourceIds = readdirSync('content/sources').map((file) => file.replace(/\.yaml$/, ''));
const research = readdirSync('content/sources').flatMap((file) => {
  const match = /^research: >-\n((?: {2}.*\n?)+)|^research: "(.*)"$/m.exec(readFileSync(join('content/sources', file), 'utf8'));
  const note = (match?.[1] ?? match?.[2] ?? '').replace(/\s+/g, ' ').trim();
  return note ? [note.slice(0, 60)] : [];
});

test('no page, feed or CSV contains research notes, raw ids, file names or template leftovers', () => {
  const leaks: string[] = [];
  for (const file of builtFiles(sites.root.outDir).filter((f) => /\.(html|xml|csv|json|txt)$/.test(f))) {
    const text = readerText(file);
    for (const [pattern, what] of [
      [/\bseed\b/i, 'the word "seed"'],
      [/\bscraped\b/i, 'the word "scraped"'],
      [/\{\{/, 'a template leftover'],
      [/\b\d{3}_[0-9a-f]{16}\b/, 'a seed file name'],
    ] as const) {
      if (pattern.test(text)) leaks.push(`${file}: ${what}`);
    }
    for (const id of sourceIds) if (new RegExp(`(^|[^\\w#-])${id}([^\\w-]|$)`).test(text)) leaks.push(`${file}: the source id ${id}`);
    for (const note of research) if (text.includes(note)) leaks.push(`${file}: a research note ("${note}…")`);
  }
  expect(research.length).toBeGreaterThan(10);
  expect(leaks).toEqual([]);
});

test('the fixture source’s research note reaches no built file', () => {
  const leaks = builtFiles(sites.fixture.outDir).filter((file) => readFileSync(file, 'latin1').includes('FIXTURE-RESEARCH-MARKER'));
  expect(leaks).toEqual([]);
});

for (const slug of topicSlugs) {
  test(`${slug}: every chart, stat and source names its sources with a link to the original, or says it is not online`, async ({ page }) => {
    await page.goto(siteUrl('root', `topics/${slug}/`));
    const offline = await page.locator('.topic__sources li.source:has(.source__caveat:text("Original not found online")) .source__outlet').allTextContents();
    const lines = page.locator('.stat__source, .chart__sources');
    expect(await lines.count()).toBeGreaterThan(3);
    for (const line of await lines.all()) {
      const links = await line.locator('a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      const text = (await line.textContent()) ?? '';
      if (links.length === 0)
        expect(
          offline.some((outlet) => text.includes(outlet)),
          `no link in "${text}"`,
        ).toBe(true);
      for (const href of links) expect(href).toMatch(/^https?:\/\//);
    }
    // The list at the foot of the page: each entry links to its original, or to the outlet that
    // reported it, or says plainly that the original (or the outlet's) is not online.
    for (const item of await page.locator('.topic__sources li.source').all()) {
      const linked = await item.locator('.source__outlet a, .source__via a').count();
      const text = (await item.textContent()) ?? '';
      const viaOffline = offline.some((outlet) => text.includes(`As reported by ${outlet}`));
      expect(linked > 0 || viaOffline || text.includes('Original not found online'), text).toBe(true);
    }
  });
}

test('a citation in the text links to its entry in the sources list, named for screen readers', async ({ page }) => {
  await page.goto(siteUrl('root', 'topics/siversk/'));
  const citation = page.locator('.prose sup.cite a').first();
  await expect(citation).toHaveAccessibleName(
    /^Source \d+: General Staff of the Armed Forces of Ukraine, as reported by Novaya Gazeta Europe \(24 Dec 2025\)$/,
  );
  const target = (await citation.getAttribute('href'))!;
  await citation.click();
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.locator(target)).toContainText('Novaya Gazeta Europe');
});

test('the sources list says in plain words where we identified a publisher ourselves', async ({ page }) => {
  await page.goto(siteUrl('root', 'sources/'));
  await expect(page.locator('#source-lbc-2025-12-23')).toContainText('Publisher identified from the page’s wording and style.');
  await expect(page.locator('#source-lbc-2025-12-23')).toContainText('Original not found online.');
  await expect(page.locator('#source-novaya-gazeta-europe-2025-12-24 .source__outlet a')).toHaveAttribute('href', /^https:\/\/novayagazeta\.eu\//);
});

test('a shared figure reads the same on every page that uses it', async ({ page }) => {
  const luhansk: string[] = [];
  for (const slug of ['fortress-belt', 'peace-talks']) {
    await page.goto(siteUrl('root', `topics/${slug}/`));
    const cells = await page.locator('table tr', { hasText: 'Luhansk region' }).locator('td').allTextContents();
    luhansk.push(cells.filter((cell) => /99/.test(cell)).join(' | '));
  }
  expect(luhansk[0]).toBe(luhansk[1]);
  expect(luhansk[0]).toContain('99%');
});

test('corrections are logged on the page, in the article data and in the feed', async ({ page, request }) => {
  await page.goto(siteUrl('root', 'topics/siversk/'));
  const log = page.locator('.topic__corrections li');
  expect(await log.count()).toBeGreaterThanOrEqual(3);
  await expect(log.first()).toContainText('Novaya Gazeta Europe');
  const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(article.correction.length).toBe(await log.count());
  expect(article.correction[0]).toMatchObject({ '@type': 'CorrectionComment', datePublished: '2026-11-25' });
  const feed = await (await request.get(siteUrl('root', 'rss.xml'))).text();
  expect(feed).toContain('Correction (25 November 2026)');
});
