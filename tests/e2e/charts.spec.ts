import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { siteUrl } from './sites.mjs';
import { labelProblems, topicSlugs } from './helpers';

const gallery = siteUrl('fixture', 'topics/chart-gallery/');
/** One chart of each drawn kind in the fixture gallery, by kind. */
const charts = { timeline: 'timeline', bar: 'bars', line: 'progress', change: 'change', map: 'map' } as const;
const kinds = Object.keys(charts) as (keyof typeof charts)[];
const figureOf = (kind: keyof typeof charts) => `#chart-chart-gallery-${charts[kind]}`;

for (const width of [320, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`at ${width} px in the ${colorScheme} scheme`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      test('every chart kind is visible, fits the page and no labels overlap or clip', async ({ page }) => {
        await page.goto(gallery);
        for (const kind of kinds) {
          const svg = page.locator(`${figureOf(kind)} svg.chart-svg`).locator('visible=true');
          await expect(svg).toHaveCount(1);
          const box = (await svg.boundingBox())!;
          expect(box.width).toBeGreaterThan(width === 320 ? 250 : 500);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
        }
        await expect(page.locator('figure.chart--stats .stat').first()).toBeVisible();
        expect((await labelProblems(page)).problems).toEqual([]);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(width);
      });

      test('every drawn chart kind takes keyboard focus on its marks, shows a tooltip and closes it on Escape', async ({ page }) => {
        await page.goto(gallery);
        for (const kind of kinds) {
          const figure = page.locator(figureOf(kind));
          const mark = figure.locator('svg.chart-svg').locator('visible=true').locator('[data-tip]').first();
          await mark.focus();
          await expect(mark).toBeFocused();
          const tooltip = figure.locator('.chart__tooltip');
          await expect(tooltip).toBeVisible();
          await expect(tooltip).toHaveText((await mark.getAttribute('data-tip'))!);
          const [tip, frame] = [(await tooltip.boundingBox())!, (await figure.boundingBox())!];
          expect(tip.x).toBeGreaterThanOrEqual(frame.x - 1);
          expect(tip.x + tip.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
          await page.keyboard.press('Escape');
          await expect(tooltip).toBeHidden();
        }
      });

      test('with JavaScript off, every chart is drawn and its table is in the page', async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(gallery);
        for (const kind of kinds) {
          const figure = page.locator(figureOf(kind));
          await expect(figure.locator('svg.chart-svg').locator('visible=true')).toHaveCount(1);
          expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
          await expect(figure.getByRole('link', { name: 'Get the data (CSV)' })).toHaveAttribute('href', /\.csv$/);
        }
        await context.close();
      });

      test('axe finds no WCAG 2.2 AA violations', async ({ page }) => {
        await page.goto(gallery);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    });
  }
}

for (const width of [320, 390, 768, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every chart of the sample site and the gallery keeps its labels apart, off its marks and inside the frame at ${width} px (${colorScheme})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      const problems: string[] = [];
      let pairs = 0;
      const pages = [
        ...topicSlugs.map((slug) => siteUrl('root', `topics/${slug}/`)),
        gallery,
        siteUrl('root', 'uk/topics/siversk/'),
        siteUrl('root', 'uk/topics/fortress-belt/'),
      ];
      for (const url of pages) {
        await page.goto(url);
        const found = await labelProblems(page);
        pairs += found.pairs;
        problems.push(...found.problems.map((problem) => `${url}: ${problem}`));
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) problems.push(`${url}: the page scrolls sideways (${scrollWidth} px wide)`);
      }
      console.log(`label pairs checked at ${width} px (${colorScheme}): ${pairs}`);
      expect(pairs).toBeGreaterThan(1000);
      expect(problems).toEqual([]);
    });
  }
}

test.describe('keyboard and pointer readers', () => {
  test('reach every mark of a chart in turn with the Tab key', async ({ page }) => {
    await page.goto(gallery);
    const marks = page.locator(`${figureOf('timeline')} .chart__variant--wide [data-tip]`);
    await marks.first().focus();
    await page.keyboard.press('Tab');
    await expect(marks.nth(1)).toBeFocused();
    await expect(page.locator(`${figureOf('timeline')} .chart__tooltip`)).toContainText('Claimed by Russia');
  });

  test('see a tooltip on hover', async ({ page }) => {
    await page.goto(gallery);
    const map = page.locator('#chart-chart-gallery-map');
    await map.locator('.chart__variant--wide .place--group-1').first().hover();
    await expect(map.locator('.chart__tooltip')).toContainText('Fortress belt');
    await page.mouse.move(0, 0);
    await expect(map.locator('.chart__tooltip')).toBeHidden();
    // A route's thin line is reached by keyboard; its tooltip gives both distances.
    await map.locator('.chart__variant--wide .route').first().focus();
    await expect(map.locator('.chart__tooltip')).toContainText('computed from coordinates; reported as about 30\u00a0km');
  });
});

test('each chart is announced as an image with its title and a generated description', async ({ page }) => {
  await page.goto(gallery);
  const svg = page.locator(`${figureOf('bar')} svg.chart-svg`).locator('visible=true');
  // Title and description both label the image, so every screen reader reads the description too.
  await expect(svg).toHaveAccessibleName(
    /^Conflicting counts Bar chart of 2 categories; sources disagree on 1\. Largest: Drones launched overnight across the country, reported differently: 635\u00a0drones/,
  );
});

test('claim status shows in the marks, the legend and the table', async ({ page }) => {
  await page.goto(gallery);
  const figure = page.locator(figureOf('timeline'));
  await expect(figure.locator('.chart__variant--wide .mark--claimed')).toHaveCount(1);
  await expect(figure.locator('.chart__variant--wide .mark--disputed')).toHaveCount(1);
  await expect(figure.locator('.chart__variant--wide .mark--statement')).toHaveCount(1);
  await expect(figure.locator('.chart__legend')).toContainText('Statement: what someone said');
  // The key's words link to the glossary's definition of the statuses.
  await expect(figure.locator('.chart__legend a').first()).toHaveAttribute('href', '/glossary/#claim-status');
  await expect(figure.locator('table')).toContainText("Claimed by Russia's General Staff");
});

test('the "Get the data" link downloads the chart as CSV', async ({ page, request }) => {
  await page.goto(gallery);
  const href = await page.locator(figureOf('bar')).getByRole('link', { name: 'Get the data (CSV)' }).getAttribute('href');
  const response = await request.get(new URL(href!, gallery).href);
  expect(response.headers()['content-type']).toContain('text/csv');
  expect(await response.text()).toBe(
    'category,value,qualifier,unit,source,source_url\r\n' +
      'Drones launched overnight across the country,635,exact,drones,Fixture Agency (23 Dec 2025),https://example.org/statement\r\n' +
      'Drones launched overnight across the country,650,more-than,drones,Fixture Paper (24 Dec 2025),https://example.org/report\r\n' +
      'Missiles,38,exact,drones,Fixture Agency (23 Dec 2025),https://example.org/statement\r\n',
  );
});

test('charts keep their space reserved: no layout shift while the page loads', async ({ page }) => {
  // The web fonts are kept out, so the page is laid out once in its fallback fonts: what is
  // measured is the charts' own space, not when a loaded machine happens to deliver the fonts
  // (a swap after the first paint shifts text on systems without Arial, see docs/performance.md).
  await page.route(/\.woff2$/, (route) => route.abort());
  await page.goto(gallery);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});

test('a phone fetches one geometry file per map, not one per width it could be drawn at', async ({ page }) => {
  // A browser fetches what every <use> points to, hidden variants included.
  await page.setViewportSize({ width: 390, height: 844 });
  const fetched = new Set<string>();
  page.on('requestfinished', (request) => {
    if (/\/_charts\/[0-9a-f]{16}\.svg$/.test(request.url())) fetched.add(request.url());
  });
  await page.goto(siteUrl('root', 'topics/siversk/'), { waitUntil: 'load' });
  const maps = await page.locator('figure.chart--map').count();
  expect(maps).toBe(2);
  await expect.poll(() => fetched.size).toBe(maps);
  // And the outlines arrived: each map's country shapes are drawn, at the phone's width.
  // (An outline that never arrives leaves its <use> with an empty box, which Playwright counts as hidden.)
  for (const figure of await page.locator('figure.chart--map').all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.chart__variant--narrow use.country--focus').locator('visible=true').first()).toBeVisible();
  }
});

test.describe('a chart the browser has not drawn yet (off screen)', () => {
  // Without JavaScript, so that the stepper does not swap its steps while the page scrolls.
  test.use({ javaScriptEnabled: false });
  for (const width of [390, 1280]) {
    test(`holds the height it is drawn at, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const heights = () => page.$$eval('.chart__variant', (variants) => variants.map((variant) => variant.getBoundingClientRect().height));
      for (const slug of topicSlugs) {
        await page.goto(siteUrl('root', `topics/${slug}/`));
        const before = await heights();
        const skipped = await page.evaluate(() => {
          const shown = [...document.querySelectorAll('.chart__variant')].filter((variant) => variant.getBoundingClientRect().height > 0);
          return shown.filter((variant) => variant.getBoundingClientRect().top > 2 * innerHeight).length;
        });
        // Most drawings start off screen: that is what is being tested.
        expect(skipped, slug).toBeGreaterThan(1);
        // The reader scrolls to each chart in turn, and the browser draws it.
        const figures = page.locator('figure.chart');
        for (let i = 0; i < (await figures.count()); i++) await figures.nth(i).scrollIntoViewIfNeeded();
        const after = await heights();
        expect(after.some((height) => height > 100)).toBe(true);
        const moved = before.flatMap((height, i) => (Math.abs(height - after[i]!) > 1 ? [`drawing ${i}: held ${height} px, drawn ${after[i]} px`] : []));
        expect(moved, slug).toEqual([]);
      }
    });
  }
});

test('printing keeps the charts and shows the data tables', async ({ page }) => {
  await page.goto(gallery);
  // With the stepper in place (its code comes after the page paints), which print must undo.
  await expect(page.locator('#chart-chart-gallery-map-states chart-states[data-enhanced]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#chart-chart-gallery-map .chart__variant--wide svg')).toBeVisible();
  // Every state of a chart that changes over time is printed, not only the one on screen.
  await expect(page.locator('#chart-chart-gallery-map-states .chart__state .chart__variant--wide svg')).toHaveCount(2);
  for (const svg of await page.locator('#chart-chart-gallery-map-states .chart__state .chart__variant--wide svg').all()) await expect(svg).toBeVisible();
  await expect(page.locator('#chart-chart-gallery-map-states .stepper')).toBeHidden();
  await expect(page.locator(`${figureOf('bar')} table`)).toBeVisible();
});
