import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { siteUrl } from './sites.mjs';
import { fragmentTargets, internalUrls, topicSlugs } from './helpers';

test.describe('a reader on the home page', () => {
  test('sees the newest developing story first, with a locator map above the fold', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(siteUrl('root'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const lead = page.locator('.lead');
    await expect(lead.getByRole('heading', { level: 2 })).toHaveText(/^The battle for Siversk/);
    await expect(lead.locator('.card__status')).toHaveText('Developing story');
    await expect(lead.getByRole('img')).toHaveAccessibleName('The area this story covers, around Siversk, in Ukraine');
    await expect(lead.getByRole('heading', { level: 2 })).toBeInViewport();
  });

  test('finds a reading order, then every other explainer as an equal card that is one link with its key number', async ({ page }) => {
    await page.goto(siteUrl('root'));
    await expect(page.locator('.start-here li')).toHaveCount(topicSlugs.length);
    const cards = page.locator('article.card');
    await expect(cards).toHaveCount(topicSlugs.length - 1);
    const heights = await cards.evaluateAll((all) => all.map((card) => Math.round(card.getBoundingClientRect().height)));
    expect(new Set(heights).size).toBe(1);
    for (const card of await cards.all()) {
      await expect(card.locator('.card__dek')).not.toBeEmpty();
      await expect(card.locator('.card__number')).not.toBeEmpty();
      await expect(card.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      await expect(card.getByRole('link')).toHaveCount(1);
    }
    // A click anywhere on the card, here on its dek, follows its one link.
    const dekText = cards.filter({ hasText: 'fortress belt' }).locator('.card__dek');
    await dekText.scrollIntoViewIfNeeded();
    const dek = await dekText.boundingBox();
    if (!dek) throw new Error('the fortress-belt card has no visible dek');
    await page.mouse.click(dek.x + dek.width / 2, dek.y + dek.height / 2);
    await expect(page).toHaveURL(/\/topics\/fortress-belt\/$/);
  });

  test('on a phone, where the cards stack, finds each card as tall as what it says', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const url of [siteUrl('root'), siteUrl('root', 'topics/siversk/')]) {
      await page.goto(url);
      const cards = page.locator('.card-grid article.card');
      expect(await cards.count()).toBeGreaterThan(1);
      // One column; the key number sits just under the dek, not pushed down to the tallest card's height.
      const gaps = await cards.evaluateAll((all) =>
        all.map((card) => {
          const dek = card.querySelector('.card__dek')!.getBoundingClientRect();
          const next = (card.querySelector('.card__figure') ?? card.querySelector('.card__meta'))!.getBoundingClientRect();
          return { left: Math.round(card.getBoundingClientRect().left), gap: Math.round(next.top - dek.bottom) };
        }),
      );
      expect(new Set(gaps.map((card) => card.left)).size).toBe(1);
      for (const { gap } of gaps) expect(gap).toBeLessThanOrEqual(16);
    }
  });

  test('can skip straight to the content with the keyboard', async ({ page }) => {
    await page.goto(siteUrl('root'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
  });
});

test.describe('a reader on a topic page', () => {
  for (const slug of topicSlugs) {
    test(`${slug}: headline, dek, byline, dates, stat grid, charts, sources, corrections and related links`, async ({ page }) => {
      await page.goto(siteUrl('root', `topics/${slug}/`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.locator('.topic__dek')).not.toBeEmpty();
      await expect(page.locator('.topic__byline')).toContainText('By ');
      await expect(page.locator('.topic__dates time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      await expect(page.locator('.stat-grid').first()).toBeVisible();
      expect(await page.locator('figure.chart').count()).toBeGreaterThanOrEqual(3);
      for (const svg of await page.locator('figure.chart svg.chart-svg').all()) {
        // One of the two renders is shown at any width; each has a viewBox that reserves its space.
        await expect(svg).toHaveAttribute('viewBox', /^0 0 \d+ [\d.]+$/);
      }
      await expect(page.getByRole('heading', { name: /^What we don.t know$/ })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
      expect(await page.locator('.topic__sources li.source').count()).toBeGreaterThan(1);
      await expect(page.getByRole('heading', { name: 'Corrections', level: 2 })).toBeVisible();
      const related = page.locator('.topic__related a');
      expect(await related.count()).toBeGreaterThan(0);
    });
  }

  test('shows the Siversk chart, table and figures with JavaScript turned off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('root', 'topics/siversk/'));
    const chart = page.locator('figure.chart--change');
    await expect(chart.locator('svg.chart-svg').locator('visible=true')).toHaveCount(1);
    await expect(chart.locator('.change__value').locator('visible=true')).toHaveText(['0\u00a0km', '12\u00a0km']);
    await chart.getByText('Show the data as a table').click();
    await expect(chart.getByRole('table')).toBeVisible();
    await expect(chart.getByRole('cell', { name: '12\u00a0km (23 December 2025)', exact: true })).toBeVisible();
    await context.close();
  });
});

test('the sources index lists every source with the topics that use it', async ({ page }) => {
  await page.goto(siteUrl('root', 'sources/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  const isw = page.locator('#source-isw-siversk-2025-12');
  await expect(isw).toContainText('Institute for the Study of War');
  await expect(isw).toContainText('reported by');
});

test('a missing page answers 404 with a way home', async ({ page }) => {
  const response = await page.goto(siteUrl('root', 'no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to all explainers' }).click();
  await expect(page.locator('.lead')).toBeVisible();
});

for (const site of ['root', 'subPath'] as const) {
  test(`every internal link, #fragment, script and stylesheet resolves (${site} build)`, async ({ page, request }) => {
    const start = siteUrl(site);
    const seen = new Set<string>([start]);
    const queue = [start];
    const broken: string[] = [];
    /** Each page's ids, and every link into a page's fragment with the page it was found on. */
    const ids = new Map<string, Set<string>>();
    const fragmentLinks: { from: string; page: string; fragment: string }[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      const response = await request.get(url);
      if (response.status() !== 200) {
        broken.push(`${url} -> ${response.status()}`);
        continue;
      }
      const type = response.headers()['content-type'] ?? '';
      // Map geometry files: a <use href="...svg#c"> must find its id there.
      if (type.startsWith('image/svg+xml')) ids.set(url, new Set([...(await response.text()).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!)));
      if (!type.startsWith('text/html')) continue;
      await page.goto(url);
      ids.set(url, new Set(await fragmentTargets(page)));
      for (const href of await internalUrls(page)) {
        const [next, fragment] = href.split('#') as [string, string | undefined];
        if (fragment) fragmentLinks.push({ from: url, page: next, fragment: decodeURIComponent(fragment) });
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    for (const link of fragmentLinks) {
      const targets = ids.get(link.page);
      if (targets && !targets.has(link.fragment)) broken.push(`${link.from} links to ${link.page}#${link.fragment}, which is not on that page`);
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(20);
    expect(fragmentLinks.length).toBeGreaterThan(50);
    console.log(`${site}: ${seen.size} URLs and ${fragmentLinks.length} #fragment links checked`);
    if (site === 'subPath') expect([...seen].every((url) => new URL(url).pathname.startsWith('/explainers/'))).toBe(true);
  });
}

test('no page ships more than 10 KB of JavaScript (gzip)', async ({ page, request }) => {
  const pages = ['', 'sources/', ...topicSlugs.map((slug) => `topics/${slug}/`)];
  const sizes: Record<string, number> = {};
  for (const path of pages) {
    await page.goto(siteUrl('root', path));
    // Structured data (JSON-LD) is not executed, so it does not count against the budget.
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([type="application/ld+json"])')].map((s) => (s as HTMLScriptElement).src || s.textContent || ''),
    );
    let bytes = 0;
    for (const script of scripts) {
      const body = script.startsWith('http') ? await (await request.get(script)).body() : Buffer.from(script);
      bytes += gzipSync(body).length;
    }
    sizes[path || '/'] = bytes;
  }
  console.log('JS bytes per page (gzip):', JSON.stringify(sizes));
  for (const bytes of Object.values(sizes)) expect(bytes).toBeLessThanOrEqual(10 * 1024);
});

test('pages carry search and sharing metadata with absolute URLs', async ({ page }) => {
  await page.goto(siteUrl('root', 'topics/siversk/'));
  await expect(page).toHaveTitle(/The battle for Siversk/);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', 'https://news.example.org/topics/siversk/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https:\/\/news\.example\.org\/.+\.png$/);
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{40,}/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

test('search engines and feed readers get a sitemap, robots.txt, an RSS feed and article data', async ({ page, request }) => {
  const index = await (await request.get(siteUrl('root', 'sitemap-index.xml'))).text();
  expect(index).toContain('<loc>https://news.example.org/sitemap-0.xml</loc>');
  const sitemap = await (await request.get(siteUrl('root', 'sitemap-0.xml'))).text();
  // Each topic's lastmod is the update date the page itself shows.
  await page.goto(siteUrl('root', 'topics/siversk/'));
  const updated = await page.locator('meta[property="article:modified_time"]').getAttribute('content');
  expect(sitemap).toContain(`<loc>https://news.example.org/topics/siversk/</loc><lastmod>${updated}`);
  expect(sitemap).not.toContain('404');
  // Every topic, and the two Ukrainian translations; not the Ukrainian copies of untranslated topics.
  expect(sitemap.match(/<loc>https:\/\/news\.example\.org\/topics\/[^<]+<\/loc>/g)).toHaveLength(topicSlugs.length);
  expect(sitemap.match(/<loc>[^<]+\/uk\/topics\/[^<]+<\/loc>/g)).toEqual([
    '<loc>https://news.example.org/uk/topics/fortress-belt/</loc>',
    '<loc>https://news.example.org/uk/topics/siversk/</loc>',
  ]);
  expect(await (await request.get(siteUrl('root', 'robots.txt'))).text()).toContain('Sitemap: https://news.example.org/sitemap-index.xml');
  const feed = await (await request.get(siteUrl('root', 'rss.xml'))).text();
  // Each topic, and each translation as an item of its own.
  expect(feed.match(/<item>/g)).toHaveLength(topicSlugs.length + 2);
  expect(feed).toContain('<link>https://news.example.org/topics/siversk/</link>');
  const subPathFeed = await (await request.get(siteUrl('subPath', 'rss.xml'))).text();
  expect(subPathFeed).toContain('<link>https://news.example.org/explainers/topics/siversk/</link>');
  await page.goto(siteUrl('root', 'topics/siversk/'));
  const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(article).toMatchObject({ '@type': 'NewsArticle', headline: expect.stringContaining('Siversk'), datePublished: '2025-12-24' });
});

test('the glossary gives each term an anchor that topic pages link to', async ({ page }) => {
  await page.goto(siteUrl('subPath', 'topics/siversk/'));
  await page.getByRole('link', { name: 'Donbas', exact: true }).first().click();
  await expect(page).toHaveURL(/\/explainers\/glossary\/#donbas$/);
  await expect(page.locator('#donbas')).toContainText('Donetsk and Luhansk');
});

test('nothing is requested from another origin', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) foreign.push(request.url());
  });
  for (const slug of topicSlugs) await page.goto(siteUrl('root', `topics/${slug}/`));
  expect(foreign).toEqual([]);
});

test('until the web font arrives, text is set in a local font sized to match it on Android, Windows and Apple systems', async ({ page }) => {
  // A fallback sized to Source Sans's metrics keeps the text where it is when the web font swaps in;
  // Android has Roboto and no Arial, so a stack matched to Arial alone let its text jump.
  await page.goto(siteUrl('root', 'topics/siversk/'));
  const matched = await page.evaluate(() => {
    const stack = getComputedStyle(document.body)
      .fontFamily.split(',')
      .map((name) => name.trim().replace(/^"|"$/g, ''));
    const faces = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
      .map((rule) => ({
        family: rule.style.getPropertyValue('font-family').replace(/"/g, ''),
        src: rule.style.getPropertyValue('src'),
        sized: rule.style.getPropertyValue('size-adjust') !== '',
      }));
    return faces.filter((face) => stack.includes(face.family) && face.src.startsWith('local(') && face.sized).map((face) => face.src);
  });
  for (const local of ['Roboto', 'Segoe UI', 'Arial']) expect(matched, local).toContainEqual(expect.stringContaining(`"${local}"`));
});

test('body text, captions and notes are set only in the type scale’s four sizes', async ({ page }) => {
  // Each size of each face is a font instance a browser sets up on the page's first layout (twice
  // while a web font is on its way); a topic page had 26, and that set-up was much of its longest task.
  await page.setViewportSize({ width: 412, height: 823 });
  for (const slug of topicSlugs) {
    await page.goto(siteUrl('root', `topics/${slug}/`));
    const { steps, sizes } = await page.evaluate(() => {
      const px = (value: string) => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.fontSize = value;
        const size = getComputedStyle(probe).fontSize;
        probe.remove();
        return size;
      };
      const textFace = getComputedStyle(document.body).fontFamily.split(',')[0];
      const found = new Map<string, string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (!node.textContent!.trim() || element.closest('svg') || !element.getClientRects().length) continue;
        const style = getComputedStyle(element);
        if (style.fontFamily.split(',')[0] === textFace) found.set(style.fontSize, `${element.tagName.toLowerCase()}.${element.className}`);
      }
      return { steps: ['xs', 'sm', 'md', 'lg'].map((step) => px(`var(--text-${step})`)), sizes: [...found] };
    });
    expect(new Set(steps).size, 'four distinct steps').toBe(4);
    for (const [size, example] of sizes) expect(steps, `${slug}: ${example} is set in ${size}`).toContain(size);
  }
});
