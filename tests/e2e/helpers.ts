import type { Page } from '@playwright/test';

export const topicSlugs = ['siversk', 'fortress-belt', 'peace-talks', 'december-strikes', 'bakhmut'];

/** For every visible chart SVG: text boxes that overlap each other or spill outside the SVG. */
export async function labelProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const svgs = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
    for (const svg of svgs) {
      const frame = svg.getBoundingClientRect();
      const chart = svg.closest('figure')?.id ?? '?';
      const texts = [...svg.querySelectorAll('text')].map((text) => ({ label: text.textContent ?? '', box: text.getBoundingClientRect() }));
      for (const { label, box } of texts) {
        if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
          problems.push(`${chart}: "${label}" spills outside the chart`);
        }
      }
      texts.forEach((a, i) =>
        texts.slice(i + 1).forEach((b) => {
          const overlap =
            Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 0.5 &&
            Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 0.5;
          if (overlap) problems.push(`${chart}: "${a.label}" overlaps "${b.label}"`);
        }),
      );
    }
    return problems;
  });
}

/** Every same-origin URL a page refers to: links, stylesheets, scripts, images, icons. */
export async function internalUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls = [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((el) =>
      new URL(el.getAttribute('href') ?? el.getAttribute('src') ?? '', location.href),
    );
    return [...new Set(urls.filter((url) => url.origin === location.origin).map((url) => url.href.split('#')[0]!))];
  });
}
