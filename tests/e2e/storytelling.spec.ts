import { createServer, type Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { labelProblems } from './helpers';
import { siteUrl } from './sites.mjs';

const siversk = siteUrl('root', 'topics/siversk/');
const figure = '#chart-siversk-claim-map';
const states = `${figure} .chart__state`;

/** The text of every script the page has fetched so far, on demand or not. */
async function scriptText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Promise.all(
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => fetch(entry.name).then((response) => response.text())),
    ),
  );
}

test.describe('a chart that changes over time', () => {
  test('shows one state at a time with a stepper: buttons, arrow keys, an announcement and a permalink', async ({ page }) => {
    await page.goto(siversk);
    const stepper = page.locator(`${figure} .stepper`);
    await expect(stepper).toBeVisible();
    // The latest state first: where the story stands.
    await expect(page.locator(`${states}:visible`)).toHaveCount(1);
    await expect(page.locator(`${states}:visible .chart__state-label`)).toContainText('23 December 2025: Ukraine confirms its withdrawal');
    await expect(stepper.getByRole('button', { name: /23 December 2025/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(stepper.getByRole('button', { name: /Later/ })).toBeDisabled();

    await stepper.getByRole('button', { name: /Earlier/ }).click();
    await expect(page.locator(`${states}:visible .chart__state-label`)).toContainText('11 December 2025: Russia claims Siversk; Kyiv denies it');
    await expect(page.locator(`${figure} [aria-live="polite"]`)).toHaveText('1 of 2: 11 December 2025: Russia claims Siversk; Kyiv denies it (disputed)');
    expect(new URL(page.url()).hash).toBe('#claim-map=2025-12-11');

    await stepper.getByRole('button', { name: /11 December 2025/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`${states}:visible`)).toHaveAttribute('data-date', '2025-12-23');
    await expect(stepper.getByRole('button', { name: /23 December 2025/ })).toBeFocused();
  });

  test('opens on the state its permalink names, and follows the link when it changes', async ({ page }) => {
    await page.goto(`${siversk}#claim-map=2025-12-11`);
    // The link scrolls to the state, which brings the stepper's code; until it runs, every state shows.
    await expect(page.locator(`${figure} chart-states[data-enhanced]`)).toHaveCount(1);
    await expect(page.locator(`${states}:visible`)).toHaveAttribute('data-date', '2025-12-11');
    await expect(page.locator(`${states}:visible`)).toBeInViewport();
    await page.evaluate(() => (location.hash = '#claim-map=2025-12-23'));
    await expect(page.locator(`${states}:visible`)).toHaveAttribute('data-date', '2025-12-23');
  });

  test('names each state in its table and CSV', async ({ page, request }) => {
    await page.goto(siversk);
    const table = page.locator(`${figure} .chart__table table`);
    await expect(table.locator('thead th').first()).toHaveText('State');
    await expect(table.locator('tbody tr').first().locator('th')).toHaveText('11 December 2025: Russia claims Siversk; Kyiv denies it (disputed)');
    const csv = await (await request.get(siteUrl('root', 'data/siversk/claim-map.csv'))).text();
    expect(csv.split('\r\n')[0]).toMatch(/^state_date,state,state_status,/);
    expect(csv).toContain('2025-12-23,Ukraine confirms its withdrawal,confirmed,');
  });

  test('reads its annotation and each state’s sources to a screen reader', async ({ page }) => {
    await page.goto(siversk);
    const description = await page.locator('#siversk-claim-map--2025-12-11-desc').textContent();
    expect(description).toContain('Notes on the chart: Gerasimov says it is taken; Kyiv denies it (Siversk).');
    await expect(page.locator(`${figure} .chart__sources`)).toContainText('Valery Gerasimov');
    await expect(page.locator(`${figure} .chart__sources`)).toContainText('General Staff of the Armed Forces of Ukraine');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every state is a small multiple in date order, each with its permalink target, and no label meets another', async ({ page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${siversk}#claim-map=2025-12-11`);
      await expect(page.locator(states)).toHaveCount(2);
      await expect(page.locator(`${states}:visible`)).toHaveCount(2);
      expect(await page.locator(states).evaluateAll((items) => items.map((item) => item.id))).toEqual(['claim-map=2025-12-11', 'claim-map=2025-12-23']);
      await expect(page.locator('#claim-map\\=2025-12-11')).toBeInViewport();
      // Steps read as text, each followed by the graphic it refers to.
      await expect(page.locator('.steps .step')).toHaveCount(3);
      await expect(page.locator('.steps .step__figure:visible')).toHaveCount(2);
      for (const url of [siversk, siteUrl('fixture', 'topics/chart-gallery/')]) {
        await page.goto(url);
        expect((await labelProblems(page)).problems).toEqual([]);
      }
    }
  });
});

test.describe('scrollytelling', () => {
  test('pins the graphic and switches its state as each step scrolls past', async ({ page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(siversk);
      const section = page.locator('section.steps');
      await expect(section).toHaveAttribute('data-live', '');
      const stage = section.locator('.steps__stage');
      const steps = section.locator('.step');
      await steps.nth(0).evaluate((step) => step.scrollIntoView({ block: 'center' }));
      await expect(stage.locator('.step__figure:visible .step__state')).toContainText('11 December 2025');
      // The second step stays on the first one's state.
      await steps.nth(1).evaluate((step) => step.scrollIntoView({ block: 'center' }));
      await expect(stage.locator('.step__figure:visible .step__state')).toContainText('11 December 2025');
      const pinnedAt = (await stage.boundingBox())!.y;
      await steps.nth(2).evaluate((step) => step.scrollIntoView({ block: 'center' }));
      await expect(stage.locator('.step__figure:visible .step__state')).toContainText('23 December 2025');
      // Pinned: the stage stayed where it was while the text scrolled.
      expect(Math.abs((await stage.boundingBox())!.y - pinnedAt)).toBeLessThan(2);
      expect((await labelProblems(page)).problems).toEqual([]);
    }
  });

  test('stays text interleaved with static graphics for a reader who asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(siversk);
    // Once the scrollytelling's code has arrived (after the page paints) and had a frame to run.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/scrolly.')));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(page.locator('section.steps')).not.toHaveAttribute('data-live', '');
    await expect(page.locator('.steps .step__figure:visible')).toHaveCount(2);
  });

  test('loads the stepper and scrollytelling code only where a page uses them, after the page', async ({ page }) => {
    await page.goto(siversk);
    // Both are on the page, below the first screen: their code comes once the page has loaded.
    await expect(page.locator('#chart-siversk-claim-map .stepper')).toHaveCount(1);
    await expect(page.locator('section[data-steps][data-live]')).toHaveCount(1);
    const here = (await scriptText(page)).join('\n');
    expect(here).toContain('stepper__date');
    expect(here).toContain('steps__stage');
    await page.goto(siteUrl('root', 'topics/peace-talks/'));
    // Scrolled through to the end, in case anything loaded as it came near.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const elsewhere = (await scriptText(page)).join('\n');
    expect(elsewhere).toContain('chart-tooltip');
    expect(elsewhere).not.toContain('stepper__date');
    expect(elsewhere).not.toContain('steps__stage');
  });
});

test.describe('an embedded chart', () => {
  let host: Server;
  let hostPort = 0;
  const embed = siteUrl('root', 'embed/siversk/claim-map/');

  test.beforeAll(async () => {
    // Another site: another origin, which frames the chart with the snippet the figure offers.
    const snippetPage = (snippet: string) => `<!doctype html><html lang="en"><title>Host</title><body><h1>A host page</h1>${snippet}</body></html>`;
    let snippet = '';
    host = createServer((request, response) => {
      if (request.url === '/set' && request.method === 'POST') {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => ((snippet = body), response.end('ok')));
        return;
      }
      // /?html=… serves that markup instead: a host page a test writes itself.
      const html = new URL(request.url ?? '/', 'http://host').searchParams.get('html');
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(snippetPage(html ?? snippet));
    });
    // Any free port: each test worker runs its own host.
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostPort = (host.address() as { port: number }).port;
  });
  test.afterAll(() => host.close());

  test('is offered as a copy-ready snippet that another site can frame, and sizes itself to its content', async ({ page, request }) => {
    await page.goto(siversk);
    await page.locator(`${figure} .chart__share summary`).click();
    const snippet = await page.locator(`${figure} .chart__embed-code`).inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+\/embed\/siversk\/claim-map\/" title="Chart: Siversk: claimed, denied, then given up"[^>]* height="560"/);
    expect(snippet).toContain('/embed.js" async></script>');
    // The snippet names the production address; this test serves the build locally.
    const local = snippet.replace(/https?:\/\/[^/"]+\//g, siteUrl('root', ''));
    await request.post(`http://127.0.0.1:${hostPort}/set`, { data: local });

    await page.goto(`http://127.0.0.1:${hostPort}/`);
    const frame = page.locator('iframe[data-news-explainer-embed]');
    const inner = page.frameLocator('iframe[data-news-explainer-embed]');
    await expect(inner.locator('.chart__title')).toHaveText('Siversk: claimed, denied, then given up');
    // The loader set the frame's height to the chart's: no inner scrollbar, no gap.
    await expect.poll(async () => Number(await frame.getAttribute('height'))).not.toBe(560);
    const contentHeight = await inner.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await frame.boundingBox())!.height - contentHeight)).toBeLessThan(3);
    // It follows the chart: opening the table makes the frame taller.
    const before = (await frame.boundingBox())!.height;
    await inner.locator('.chart__table summary').click();
    await expect.poll(async () => (await frame.boundingBox())!.height).toBeGreaterThan(before + 50);
    // Links open in the reader's window, back on the explainer.
    await expect(inner.locator('.embed__credit a')).toHaveAttribute('href', /\/topics\/siversk\/#chart-siversk-claim-map$/);
  });

  test('its code is a labelled field once the share panel opens, and served as one without JavaScript', async ({ browser }) => {
    const code = `${figure} .chart__embed-code`;
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(siversk);
      // With JavaScript, no form field is on the page until a reader asks for one: the header's
      // search field is the only one (Chrome lays out every field's surroundings as a page loads).
      const fields = await page.locator('main textarea, main input, main select').count();
      expect(fields).toBe(javaScriptEnabled ? 0 : await page.locator('main .chart__share').count());
      await page.locator(`${figure} .chart__share summary`).click();
      await expect(page.locator(code)).toBeVisible();
      await expect(page.getByLabel('Embed code').and(page.locator(code))).toHaveCount(1);
      expect(await page.locator(code).inputValue()).toMatch(/^<iframe src="[^"]+\/embed\/siversk\/claim-map\/"/);
      // The field sits below its label, the width of the panel, as served.
      const [label, field] = await Promise.all([page.locator(`${figure} .chart__embed-label`).boundingBox(), page.locator(code).boundingBox()]);
      expect(field!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1);
      expect(field!.width).toBeGreaterThan(200);
      await context.close();
    }
  });

  test('its code is there in a panel a reader opened before the script arrived', async ({ page }) => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/SiteScript*.js', async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(siversk, { waitUntil: 'commit' });
    await page.locator(`${figure} .chart__share summary`).click();
    await expect(page.locator(`${figure} .chart__share`)).toHaveAttribute('open', '');
    await expect(page.locator(`${figure} .chart__embed-code`)).toHaveCount(0);
    release();
    await expect(page.locator(`${figure} .chart__embed-code`)).toBeVisible();
  });

  test('ignores messages from other frames and in other shapes', async ({ page }) => {
    const html = `<iframe data-news-explainer-embed src="${embed}" height="300" title="Chart"></iframe><script src="${siteUrl('root', 'embed.js')}"></script>`;
    await page.goto(`http://127.0.0.1:${hostPort}/?html=${encodeURIComponent(html)}`);
    const frame = page.locator('iframe');
    await expect.poll(async () => Number(await frame.getAttribute('height'))).not.toBe(300);
    const settled = await frame.getAttribute('height');
    // A message from the host page itself (not the frame), and one with a nonsense height, change nothing.
    await page.evaluate(() => {
      window.postMessage({ type: 'news-explainer:embed-height', height: 99 }, '*');
      window.postMessage({ type: 'news-explainer:embed-height', height: 'tall' }, '*');
    });
    await page.waitForTimeout(200);
    expect(await frame.getAttribute('height')).toBe(settled);
  });

  test('works without the loader at the snippet’s fixed height', async ({ page }) => {
    const html = `<iframe data-news-explainer-embed src="${embed}" height="560" width="100%" title="Chart"></iframe>`;
    await page.goto(`http://127.0.0.1:${hostPort}/?html=${encodeURIComponent(html)}`);
    await expect(page.frameLocator('iframe').locator('.chart__title')).toBeVisible();
    expect(await page.locator('iframe').getAttribute('height')).toBe('560');
  });

  test('in a frame wider than a page, keeps its chart at most 1.5 times its widest drawing, centred', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto(embed);
    const drawing = (await page.locator('.chart__variant--wide svg').locator('visible=true').boundingBox())!;
    // The wide render is drawn 680 px wide: its text is not scaled past 1.5 times.
    expect(drawing.width).toBeLessThanOrEqual(680 * 1.5);
    expect(drawing.width).toBeGreaterThan(680);
    expect(Math.abs(drawing.x - (1600 - drawing.x - drawing.width))).toBeLessThan(20);
  });

  test('may be framed by any site, is kept out of search and points search engines to the explainer', async ({ page, request }) => {
    const response = await page.goto(embed);
    const policies = response!.headers()['content-security-policy']!;
    expect(policies).toMatch(/script-src 'self'/);
    expect(policies).not.toContain('frame-ancestors');
    const topic = await request.get(siversk);
    expect(topic.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/topics\/siversk\/#chart-siversk-claim-map$/);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
    const sitemap = await (await request.get(siteUrl('root', 'sitemap-0.xml'))).text();
    expect(sitemap).not.toContain('/embed/');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('every chart has an embed page and image downloads of the chart as shown', async ({ page, request }) => {
    await page.goto(siversk);
    const charts = await page.locator('figure.chart').evaluateAll((figures) => figures.map((f) => f.id.replace('chart-siversk-', '')));
    for (const chart of charts) {
      const response = await request.get(siteUrl('root', `embed/siversk/${chart}/`));
      expect(response.status()).toBe(200);
      // Each page is its own chart, written into the embed shell (src/lib/embed-pages.ts): no marker left over.
      const html = await response.text();
      expect(html).toContain(`id="chart-siversk-${chart}"`);
      expect(html.match(/<figure /g)).toHaveLength(1);
      expect(html).not.toContain('embed-page:');
    }
    // The page a build renders the topic's embeds from is not published.
    expect((await request.get(siteUrl('root', 'embed/siversk/'))).status()).toBe(404);
    const png = await request.get(siteUrl('root', 'embed/siversk/claim-map/chart.png'));
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    // A PNG, twice the drawing's width for sharp screens.
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1440);
    const svg = await (await request.get(siteUrl('root', 'embed/siversk/claim-map/chart.svg'))).text();
    expect(svg).toContain('<title>Siversk: claimed, denied, then given up</title>');
    expect(svg).not.toMatch(/class=|var\(--/);
    await expect(page.locator(`${figure} .chart__share a[download]`)).toHaveCount(2);
  });
});
