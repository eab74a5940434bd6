import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { siteUrl } from './sites.mjs';
import { topicSlugs } from './helpers';

const pages = [
  '',
  'topics/',
  'search/?q=Slavyansk',
  'sources/',
  'glossary/',
  'no-such-page/',
  ...topicSlugs.map((slug) => `topics/${slug}/`),
  'embed/siversk/claim-map/',
  'embed/siversk/key-facts/',
  'uk/',
  'uk/topics/siversk/',
  'uk/topics/fortress-belt/',
  'uk/topics/peace-talks/',
  'uk/glossary/',
  'uk/search/?q=Сіверськ',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`/${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(siteUrl('root', path));
        // Search results arrive after the page loads; check them too.
        if (path.includes('search/')) await page.locator('.search-result').first().waitFor();
        // So do the stepper and the scrollytelling, once the page has painted: check them as readers get them.
        const storytelling = await page.locator('chart-states, section[data-steps]').count();
        if (storytelling) await expect(page.locator('chart-states[data-enhanced], section[data-steps][data-live]')).toHaveCount(storytelling);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
