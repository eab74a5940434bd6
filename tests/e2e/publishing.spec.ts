import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { sites, siteUrl } from './sites.mjs';
import { topicSlugs } from './helpers';

/** Pages of the sub-path build, as a newsroom serving it under /explainers/ would. */
const pages = ['', 'topics/', 'search/?q=Slavyansk', 'sources/', 'glossary/', 'no-such-page/', ...topicSlugs.map((slug) => `topics/${slug}/`)];

/** Records every CSP violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(t: string): void }).reportViolation(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  return violations;
}

test.describe('a strict Content-Security-Policy', () => {
  for (const path of pages) {
    test(`/explainers/${path} carries it, as a meta tag and a header, and breaks nothing`, async ({ page }) => {
      const violations = await watchViolations(page);
      const response = await page.goto(siteUrl('subPath', path));
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const header = response!.headers()['content-security-policy'];
      for (const policy of [meta!, header!]) {
        expect(policy).toMatch(/script-src 'self'[^;]* 'sha256-/);
        expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
        expect(policy).toContain("object-src 'none'");
        expect(policy).toContain("base-uri 'self'");
        expect(policy).toContain("form-action 'self'");
        expect(policy).toContain("default-src 'self'");
      }
      expect(header).toContain("frame-ancestors 'none'");
      expect(response!.headers()['x-content-type-options']).toBe('nosniff');
      expect(response!.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
      // Scripts that need the policy's hashes ran: the search box replaced its fallback link.
      if (!path.startsWith('search/')) await expect(page.locator('.site-search__form')).toBeVisible();
      else await expect(page.locator('.search-result').first()).toBeVisible();
      expect(violations).toEqual([]);
    });
  }
});

test.describe('site search', () => {
  test('finds the topics about a place by an alternate spelling, under the sub-path, with status and passage', async ({ page }) => {
    await page.goto(siteUrl('subPath', 'topics/bakhmut/'));
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search the explainers' });
    await expect(box).toBeFocused();
    await box.fill('Slavyansk');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/explainers\/search\/\?q=Slavyansk$/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Slavyansk”$/);
    const result = page.locator('.search-result').filter({ hasText: 'The battle for Siversk' });
    await expect(result.locator('.search-result__status')).toHaveText('Developing story');
    await expect(result.locator('mark').first()).toHaveText(/Slavyansk/i);
    await result.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/explainers\/topics\/siversk\/(#.*)?$/);
  });

  test('searches as the reader types, and says when nothing matches', async ({ page }) => {
    await page.goto(siteUrl('subPath', 'search/'));
    const box = page.locator('#search-q');
    await expect(box).toBeFocused();
    await box.fill('fortress');
    await expect(page.locator('.search-result').first()).toBeVisible();
    await expect(page.locator('.search-result__title').first()).toContainText(/fortress belt/i);
    await box.fill('qwxzzy');
    await expect(page.getByRole('status')).toHaveText('Nothing found for “qwxzzy”. Try another spelling or a broader word.');
    await expect(page.locator('.search-result')).toHaveCount(0);
  });

  test('indexes the words a reader reads: not citation numbers, nor the charts’ embed code, tables and credits', async ({ page }) => {
    // What the index holds for the fortress belt's page: the text its search results quote.
    await page.goto(siteUrl('root', 'search/'));
    const indexed = await page.evaluate(async () => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const { results } = await pagefind.search('fortress');
      const pages: { url: string; content: string }[] = await Promise.all(results.map((result: { data: () => unknown }) => result.data()));
      return pages.find((found) => found.url === '/topics/fortress-belt/')?.content ?? '';
    });
    // A chart's title and takeaway, as two sentences; prose without the citation numbers ("approach"
    // carries citation 9 on the page).
    expect(indexed).toContain('The fortress belt in five numbers Novaya Gazeta Europe dates');
    expect(indexed).toContain('on the belt’s north-eastern approach, while');
    // Not the share panel's embed code, the data tables' headers or the map credits.
    for (const furniture of ['<iframe', 'Latitude, longitude', 'datamaps', 'Get the data (CSV)']) expect(indexed).not.toContain(furniture);
  });

  test('glossary terms are found too, labelled as such', async ({ page }) => {
    await page.goto(siteUrl('root', 'search/?q=Donbas'));
    await expect(page.locator('.search-result__status', { hasText: 'Glossary' }).first()).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header offers the list of explainers instead of a search box, and the search page lists them', async ({ page }) => {
    await page.goto(siteUrl('subPath', 'topics/siversk/'));
    await expect(page.locator('.site-search__form')).toBeHidden();
    await page.getByRole('link', { name: 'Find an explainer' }).click();
    await expect(page).toHaveURL(/\/explainers\/topics\/$/);
    await expect(page.locator('.topic-list__item')).toHaveCount(topicSlugs.length);
    await page.goto(siteUrl('subPath', 'search/?q=Siversk'));
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.locator('.topic-list__item')).toHaveCount(topicSlugs.length);
  });
});

test('each topic has its own 1200x630 social card, described for screen readers', async ({ page, request }) => {
  const seen = new Set<string>();
  for (const slug of topicSlugs) {
    await page.goto(siteUrl('subPath', `topics/${slug}/`));
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(`https://news.example.org/explainers/topics/${slug}/card.png`);
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image!);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /.{30,}/);
    const png = await (await request.get(siteUrl('subPath', `topics/${slug}/card.png`))).body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    seen.add(png.toString('base64'));
  }
  expect(seen.size).toBe(topicSlugs.length);
});

test('the JSON Feed lists every topic, newest update first, with its corrections', async ({ request }) => {
  const feed = await (await request.get(siteUrl('subPath', 'feed.json'))).json();
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.items).toHaveLength(topicSlugs.length);
  expect(feed.items[0].url).toMatch(/^https:\/\/news\.example\.org\/explainers\/topics\/[a-z-]+\/$/);
  const modified = feed.items.map((item: { date_modified: string }) => item.date_modified);
  expect(modified).toEqual(modified.toSorted().reverse());
  const corrected = feed.items.find((item: { content_text: string }) => item.content_text.includes('Correction ('));
  expect(corrected).toBeTruthy();
});

test('every built page passes html-validate (recommended preset)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
    });
  const errors: string[] = [];
  let checked = 0;
  for (const site of Object.values(sites)) {
    for (const file of htmlFiles(site.outDir)) {
      checked++;
      const report = await validator.validateFile(file);
      for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(errors).toEqual([]);
  expect(checked).toBeGreaterThan(20);
});

test('a draft is left out of the published site: no page, card, feed entry, sitemap entry, social card or search result', async ({ page, request }) => {
  const fixture = (path: string) => siteUrl('fixture', path);
  expect((await request.get(fixture('topics/unpublished-draft/'))).status()).toBe(404);
  expect((await request.get(fixture('topics/unpublished-draft/card.png'))).status()).toBe(404);
  for (const path of ['', 'topics/', 'rss.xml', 'feed.json', 'sitemap-0.xml']) {
    const body = await (await request.get(fixture(path))).text();
    expect(body, path).toContain('chart-gallery');
    expect(body, path).not.toMatch(/unpublished-draft|Zanzibarovka/);
  }
  await page.goto(fixture('search/?q=Zanzibarovka'));
  await expect(page.getByRole('status')).toHaveText(/^Nothing found for “Zanzibarovka”/);
});
