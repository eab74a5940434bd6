import { expect, test } from '@playwright/test';
import { labelProblems } from './helpers';
import { siteUrl } from './sites.mjs';

const structuredData = async (page: import('@playwright/test').Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;

test.describe('the Ukrainian edition', () => {
  test('serves its home page in Ukrainian, with the translated topics first in their own words', async ({ page }) => {
    await page.goto(siteUrl('root', 'uk/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk-UA');
    await expect(page.locator('.home__tagline')).toContainText('Пояснення про війну в Україні');
    await expect(page.locator('.lead__title')).toHaveText('Битва за Сіверськ: 41 місяць, 12 км і відхід');
    await expect(page.getByRole('navigation', { name: 'Сайт' }).getByRole('link', { name: 'Глосарій' })).toHaveAttribute('href', '/uk/glossary/');
  });

  test('shows a translated topic with every chart’s words, numbers and dates in Ukrainian, and the facts of the original', async ({ page }) => {
    await page.goto(siteUrl('root', 'uk/topics/siversk/'));
    await expect(page.locator('h1')).toHaveText('Битва за Сіверськ: 41 місяць, 12 км і відхід');
    await expect(page.locator('.topic__dates time').first()).toHaveText('24 грудня 2025 р.');
    const stats = page.locator('#chart-siversk-key-facts');
    await expect(stats.locator('.chart__title')).toHaveText('Сіверськ у шести числах');
    // Ukrainian digit grouping (a no-break space) and the unit's Ukrainian form.
    await expect(stats).toContainText('Менше ніж');
    expect(await stats.locator('.stat__value').allTextContents()).toContain('11\u00a0000');
    await expect(stats.locator('.stat__unit').first()).toHaveText('\u00a0місяць');
    // The map names places in Ukrainian, in the drawing, its key and its text alternative.
    const map = page.locator('#chart-siversk-axis-map');
    await expect(map.locator('.chart__variant--wide .place-label').first()).toBeAttached();
    expect(await map.locator('.chart__variant--wide .place-label').allTextContents()).toEqual(expect.arrayContaining(['Сіверськ', 'Слов’янськ']));
    await expect(map.locator('.chart__legend')).toContainText('Пояс фортець');
    await expect(page.locator('#siversk-axis-map-desc')).toContainText('Карта України, на якій показано: Сіверськ');
    // The timeline's statuses and the state labels come from the dictionary and the translation.
    await expect(page.locator('#chart-siversk-events .chart__table')).toContainText('Заявили: Генштаб Росії (Валерій Герасимов); заперечили: Україна');
    await expect(page.locator('#chart-siversk-claim-map .stepper')).toHaveAttribute('aria-label', 'Показати діаграму на дату');
    // Numbers cannot drift: the translated chart has the original's values.
    await page.goto(siteUrl('root', 'topics/siversk/'));
    const english = await page.locator('#chart-siversk-key-facts .stat__value').allTextContents();
    await page.goto(siteUrl('root', 'uk/topics/siversk/'));
    const ukrainian = await page.locator('#chart-siversk-key-facts .stat__value').allTextContents();
    expect(ukrainian.map((value) => value.replace(/\D/g, ''))).toEqual(english.map((value) => value.replace(/\D/g, '')));
  });

  test('embeds a translated topic’s charts in Ukrainian, and an untranslated topic’s only from the original', async ({ page, request }) => {
    await page.goto(siteUrl('root', 'uk/embed/siversk/advance/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk-UA');
    await expect(page).toHaveTitle('Дванадцять кілометрів за 41 місяць | Frontline Explainers');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/uk\/topics\/siversk\/#chart-siversk-advance$/);
    await expect(page.locator('.embed__credit a')).toHaveAttribute('href', '/uk/topics/siversk/#chart-siversk-advance');
    await expect(page.locator('figure.chart')).toHaveCount(1);
    expect((await request.get(siteUrl('root', 'uk/embed/bakhmut/shells/'))).status()).toBe(404);
    expect((await request.get(siteUrl('root', 'embed/bakhmut/shells/'))).status()).toBe(200);
    // The shells the embed pages are written into are not published.
    for (const shell of ['embed/', 'uk/embed/', 'uk/embed/siversk/']) expect((await request.get(siteUrl('root', shell))).status()).toBe(404);
  });

  test('publishes the embed page of a chart a translation leaves out, in the translation’s language', async ({ page, request }) => {
    // The fixture's second topic places its chart; its Ukrainian translation does not.
    await page.goto(siteUrl('fixture', 'uk/embed/second-topic/counts/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk-UA');
    await expect(page.locator('figure.chart')).toHaveCount(1);
    await expect(page.locator('#chart-second-topic-counts .chart__title')).toHaveText('Two counts');
    await expect(page.locator('.chart__share')).toHaveCount(0);
    await expect(page.locator('.embed__credit a')).toHaveAttribute('href', '/uk/topics/second-topic/#chart-second-topic-counts');
    expect((await request.get(siteUrl('fixture', 'uk/embed/second-topic/'))).status()).toBe(404);
    // The English topic page keeps the same chart's embed page as it renders it.
    await page.goto(siteUrl('fixture', 'embed/second-topic/counts/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('#chart-second-topic-counts')).toBeVisible();
    await expect(page.locator('.chart__share')).toHaveCount(0);
  });

  test('formats shares the Ukrainian way, with a space before the per cent sign', async ({ page }) => {
    await page.goto(siteUrl('root', 'uk/topics/fortress-belt/'));
    await expect(page.locator('#chart-fortress-belt-russian-control .chart__table')).toContainText('близько 75\u00a0%');
  });

  test('links the editions: switcher, hreflang, canonical, og:locale and the article’s language', async ({ page }) => {
    await page.goto(siteUrl('root', 'topics/siversk/'));
    const switcher = page.getByRole('navigation', { name: 'Other languages' });
    await expect(switcher.getByRole('link', { name: 'Українська' })).toHaveAttribute('href', '/uk/topics/siversk/');
    await expect(page.locator('link[rel="alternate"][hreflang="uk-UA"]')).toHaveAttribute('href', /\/uk\/topics\/siversk\/$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute('href', /\/topics\/siversk\/$/);
    await switcher.getByRole('link', { name: 'Українська' }).click();
    await expect(page).toHaveURL(/\/uk\/topics\/siversk\/$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/uk\/topics\/siversk\/$/);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'uk_UA');
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', 'en_GB');
    const article = await structuredData(page);
    expect(article.inLanguage).toBe('uk-UA');
    await expect(page.getByRole('navigation', { name: 'Інші мови' }).getByRole('link', { name: 'English' })).toHaveAttribute('href', '/topics/siversk/');
  });

  test('falls back to the original, marked, where a topic is not translated yet', async ({ page, request }) => {
    await page.goto(siteUrl('root', 'uk/topics/peace-talks/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk-UA');
    await expect(page.locator('.edition-notice')).toHaveText('Це пояснення ще не перекладено українською. Нижче подано оригінал (English).');
    await expect(page.locator('.prose')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('h1')).toHaveAttribute('lang', 'en-GB');
    // Search engines are sent to the original, and no Ukrainian alternate is claimed.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/topics\/peace-talks\/$/);
    await expect(page.locator('link[rel="canonical"]')).not.toHaveAttribute('href', /\/uk\//);
    await expect(page.locator('link[rel="alternate"][hreflang="uk-UA"]')).toHaveCount(0);
    // The interface around it is Ukrainian.
    await expect(page.locator('.topic__sources h2')).toHaveText('Джерела');
    // The body is the original's as its own page shows it, every word English (charts' notes,
    // units and dates too), so nothing Ukrainian is read out as English under its lang.
    const body = async (path: string) => {
      const html = await (await request.get(siteUrl('root', path))).text();
      return html.slice(html.indexOf('<div class="prose"'), html.indexOf('<section class="topic__corrections"')).replace(/^<div[^>]*>/, '');
    };
    const copy = await body('uk/topics/peace-talks/');
    expect(copy).toContain('<figure');
    expect(copy).toBe(await body('topics/peace-talks/'));
    expect(await page.locator('.prose').textContent()).not.toMatch(/[\u0400-\u04ff]/);
    await expect(page.locator('#chart-peace-talks-timeline .chart__label').first()).toHaveText('Note:');
    // Its corrections are the original's words too.
    await expect(page.locator('.topic__corrections li span').first()).toHaveAttribute('lang', 'en-GB');
  });

  test('has its own glossary, feed entries, sitemap entries and search', async ({ page, request }) => {
    await page.goto(siteUrl('root', 'uk/glossary/'));
    await expect(page.locator('#fortress-belt dt')).toContainText('Пояс фортець');
    await expect(page.locator('#axis dd')).toContainText('Напрямок наступу');
    const rss = await (await request.get(siteUrl('root', 'rss.xml'))).text();
    expect(rss).toContain('<title>Битва за Сіверськ: 41 місяць, 12 км і відхід</title>');
    expect(rss).toContain('<dc:language>uk-UA</dc:language>');
    expect(rss).toContain('/uk/topics/fortress-belt/');
    const sitemap = await (await request.get(siteUrl('root', 'sitemap-0.xml'))).text();
    expect(sitemap).toContain('/uk/topics/siversk/');
    expect(sitemap).toMatch(/hreflang="uk-UA"/);

    await page.goto(siteUrl('root', 'uk/search/?q=Сіверськ'));
    const first = page.locator('.search-result').first();
    await expect(first).toBeVisible();
    await expect(first.locator('a').first()).toHaveAttribute('href', /\/uk\/topics\//);
    expect(await page.locator('.search-result a').evaluateAll((links) => links.every((link) => link.getAttribute('href')!.includes('/uk/')))).toBe(true);

    // An untranslated topic is searched in English, where its text is: not twice.
    await page.goto(siteUrl('root', 'search/?q=Wagner'));
    await expect(page.locator('.search-result a[href$="/topics/bakhmut/"]').first()).toBeVisible();
    await page.goto(siteUrl('root', 'uk/search/?q=Wagner'));
    await expect(page.locator('.search__status')).toContainText('Wagner');
    await expect(page.locator('.search-result a[href*="/uk/topics/bakhmut/"]')).toHaveCount(0);
  });

  test('keeps every chart label apart in Ukrainian, whose words are longer', async ({ page }) => {
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const slug of ['siversk', 'fortress-belt']) {
        await page.goto(siteUrl('root', `uk/topics/${slug}/`));
        expect((await labelProblems(page)).problems).toEqual([]);
      }
    }
  });

  test('says on the page when the original changed after the translation', async ({ page }) => {
    await page.goto(siteUrl('fixture', 'uk/topics/second-topic/'));
    await expect(page.locator('.edition-notice--outdated')).toContainText('Оригінал оновлено 20 грудня 2025 р., уже після перекладу');
  });
});

test('each edition downloads only its own alphabet of the web fonts, the other edition’s name included', async ({ page }) => {
  const alphabets = async (path: string) => {
    const fonts: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.woff2')) fonts.push(new URL(response.url()).pathname);
    });
    await page.goto(siteUrl('root', path), { waitUntil: 'networkidle' });
    // Which alphabet each file carries, from the @font-face rules that name it.
    const ranges = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules]
          .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
          .map((rule) => ({ src: rule.style.getPropertyValue('src'), range: rule.style.getPropertyValue('unicode-range') })),
      ),
    );
    page.removeAllListeners('response');
    return fonts.map((file) => (/U\+0?400/i.test(ranges.find((rule) => rule.src.includes(file))?.range ?? '') ? 'cyrillic' : 'latin'));
  };
  const english = await alphabets('topics/siversk/');
  expect(english.length).toBeGreaterThan(0);
  expect(english).not.toContain('cyrillic');
  expect(await alphabets('uk/topics/siversk/')).toContain('cyrillic');
});

test('an untranslated topic’s English headline and dek are marked English wherever the Ukrainian edition lists them', async ({ page }) => {
  for (const path of ['uk/', 'uk/topics/', 'uk/sources/']) {
    await page.goto(siteUrl('root', path));
    const english = page.locator('a[href$="/uk/topics/bakhmut/"]').first();
    await expect(english).toHaveAttribute('lang', 'en-GB');
    // A translated headline is in the page's own language.
    await expect(page.locator('a[href$="/uk/topics/siversk/"]').first()).not.toHaveAttribute('lang', /./);
  }
  await page.goto(siteUrl('root', 'uk/topics/'));
  await expect(page.locator('.topic-list__item', { hasText: 'Bakhmut as a precedent' }).locator('.topic-list__dek')).toHaveAttribute('lang', 'en-GB');
  // The English edition marks nothing: every headline is in its own language.
  await page.goto(siteUrl('root', 'topics/'));
  await expect(page.locator('.topic-list [lang]')).toHaveCount(0);
});
