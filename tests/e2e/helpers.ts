import type { Page } from '@playwright/test';

export const topicSlugs = ['siversk', 'fortress-belt', 'peace-talks', 'december-strikes', 'bakhmut'];

/**
 * For every visible chart SVG, measured in the browser with the site's fonts loaded: text boxes
 * that overlap each other or a mark (a point, a bar end, a status symbol), or spill outside the SVG.
 * Returns the problems and how many label pairs and label-mark pairs were checked.
 */
export async function labelProblems(page: Page): Promise<{ problems: string[]; pairs: number }> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const problems: string[] = [];
    let pairs = 0;
    const svgs = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
    const meet = (a: DOMRect, b: DOMRect, slack = 0.5) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
    for (const svg of svgs) {
      const frame = svg.getBoundingClientRect();
      const chart = svg.closest('figure')?.id ?? '?';
      const texts = [...svg.querySelectorAll('text')].map((text) => ({ label: text.textContent ?? '', box: text.getBoundingClientRect() }));
      const marks = [...svg.querySelectorAll('.mark, .event__dot, .change__from')].map((mark) => mark.getBoundingClientRect());
      for (const { label, box } of texts) {
        if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
          problems.push(`${chart}: "${label}" spills outside the chart`);
        }
        for (const mark of marks) {
          pairs++;
          if (meet(box, mark, 1)) problems.push(`${chart}: "${label}" covers a mark`);
        }
      }
      texts.forEach((a, i) =>
        texts.slice(i + 1).forEach((b) => {
          pairs++;
          if (meet(a.box, b.box)) problems.push(`${chart}: "${a.label}" overlaps "${b.label}"`);
        }),
      );
    }
    return { problems, pairs };
  });
}

/** Every same-origin URL a page refers to (links, stylesheets, scripts, images, icons), with any #fragment kept. */
export async function internalUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls = [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(
      (el) => new URL(el.getAttribute('href') ?? el.getAttribute('src') ?? '', location.href),
    );
    return [...new Set(urls.filter((url) => url.origin === location.origin).map((url) => url.href))];
  });
}

/** The ids on the current page a #fragment can land on. */
export async function fragmentTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name') || ''));
}
