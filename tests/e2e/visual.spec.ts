import { expect, test } from '@playwright/test';
import { siteUrl } from './sites.mjs';

/**
 * Visual regression: every drawn chart of the fixture gallery and every sample map, as a reader
 * sees it on a phone and a desktop, light and dark, compared with the committed baselines in
 * tests/e2e/__screenshots__/. After a deliberate change, `npm run test:visual:update` rewrites
 * them; on a failure Playwright writes the expected, actual and diff images to test-results/.
 */
const charts = [
  ...['timeline', 'bars', 'shares', 'progress', 'change', 'map'].map((id) => ({
    page: siteUrl('fixture', 'topics/chart-gallery/'),
    figure: `chart-chart-gallery-${id}`,
    name: `gallery-${id}`,
  })),
  ...[
    ['siversk', 'axis-map'],
    ['fortress-belt', 'belt-map'],
    ['bakhmut', 'map'],
    ['december-strikes', 'regions-map'],
  ].map(([topic, id]) => ({ page: siteUrl('root', `topics/${topic}/`), figure: `chart-${topic}-${id}`, name: `${topic}-${id}` })),
];

for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`at ${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });
      for (const chart of charts) {
        test(`${chart.name} looks as it did`, async ({ page }) => {
          await page.goto(chart.page);
          await page.evaluate(() => document.fonts.ready);
          const graphic = page.locator(`#${chart.figure} .chart__variant`).locator('visible=true');
          await expect(graphic).toHaveScreenshot(`${chart.name}-${width}-${colorScheme}.png`);
        });
      }
    });
  }
}
