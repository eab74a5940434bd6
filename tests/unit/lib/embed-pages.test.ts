import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { embedFromFigure, embedPages, embedSlots, expectEmbedPages, keepEmbedPage, shareMarkers } from '../../../src/lib/embed-pages';
import { unplacedCharts } from '../../../src/lib/topic-page';
import type { EditionTopic } from '../../../src/lib/site-content';

/** A shell page as Astro writes it: a head of its own, the two markers, the page's end. */
const shell = (head: string) => `<!DOCTYPE html><html lang="en-GB"><head>${head}${embedSlots.meta}</head><body><main>${embedSlots.body}</main></body></html>`;
const page = (head: string, meta: string, body: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head>${head}${meta}</head><body><main>${body}</main></body></html>`;

function writeShell(root: string, path: string, head: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), shell(head));
}

// The integration's hooks, called as Astro calls them; a logger that keeps what it is told.
async function run(steps: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'embed-pages-'));
  const integration = embedPages();
  const said: string[] = [];
  const logger = { info: (message: string) => said.push(message) };
  await (integration.hooks['astro:config:done'] as (options: unknown) => void)({ config: { outDir: pathToFileURL(`${root}/`) } });
  steps(root);
  await (integration.hooks['astro:build:done'] as (options: unknown) => void)({ dir: pathToFileURL(`${root}/`), logger });
  return { root, said };
}

const keep = (topic: string, chart: string) =>
  keepEmbedPage({
    edition: '',
    shell: `embed/${topic}/index.html`,
    path: `embed/${topic}/${chart}/index.html`,
    meta: `<title>${topic} ${chart} &amp; more</title>`,
    body: `<figure id="chart-${topic}-${chart}">$& $1</figure>`,
  });

describe('embed pages written into their shell', () => {
  it('writes each kept page into its topic’s shell, the first topic’s at the end, and deletes the shells', async () => {
    const { root, said } = await run((root) => {
      // The first topic renders before any shell is on disk; Astro writes its shell after it.
      keep('a', 'map');
      keep('a', 'bars');
      writeShell(root, 'embed/a/index.html', '<link rel="stylesheet" href="/s.css">');
      // Later topics are written into the first shell as they come.
      keep('b', 'map');
      writeShell(root, 'embed/b/index.html', '<link rel="stylesheet" href="/s.css">');
    });
    expect(readFileSync(join(root, 'embed/b/map/index.html'), 'utf8')).toBe(
      page('<link rel="stylesheet" href="/s.css">', '<title>b map &amp; more</title>', '<figure id="chart-b-map">$& $1</figure>'),
    );
    expect(readFileSync(join(root, 'embed/a/bars/index.html'), 'utf8')).toBe(
      page('<link rel="stylesheet" href="/s.css">', '<title>a bars &amp; more</title>', '<figure id="chart-a-bars">$& $1</figure>'),
    );
    expect(existsSync(join(root, 'embed/a/index.html'))).toBe(false);
    expect(existsSync(join(root, 'embed/b/index.html'))).toBe(false);
    expect(said).toEqual(['Embeds: wrote 3 embed pages']);
  });

  it('writes a topic again into its own shell when its head differs from the one its pages went into', async () => {
    const { root, said } = await run((root) => {
      keep('a', 'map');
      writeShell(root, 'embed/a/index.html', '<link rel="stylesheet" href="/s.css">');
      keep('b', 'map');
      keep('b', 'bars');
      // Topic b's charts needed a stylesheet of their own.
      writeShell(root, 'embed/b/index.html', '<link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/b.css">');
    });
    for (const chart of ['map', 'bars'])
      expect(readFileSync(join(root, `embed/b/${chart}/index.html`), 'utf8')).toBe(
        page(
          '<link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/b.css">',
          `<title>b ${chart} &amp; more</title>`,
          `<figure id="chart-b-${chart}">$& $1</figure>`,
        ),
      );
    expect(readFileSync(join(root, 'embed/a/map/index.html'), 'utf8')).toContain('<title>a map');
    expect(readFileSync(join(root, 'embed/a/map/index.html'), 'utf8')).not.toContain('b.css');
    expect(said).toEqual(['Embeds: wrote 3 embed pages (1 topic into a shell of its own)']);
  });

  it('fails the build naming a page it could not write', async () => {
    await expect(
      run((root) => {
        keep('a', 'map');
        writeShell(root, 'embed/a/index.html', '');
        // A file where topic b's folder should be.
        writeFileSync(join(root, 'embed/b'), 'not a folder');
        keep('b', 'map');
      }),
    ).rejects.toThrow('embed/b/map/index.html: could not write the embed page');
  });

  it('fails the build naming a shell without its markers', async () => {
    await expect(
      run((root) => {
        keep('a', 'map');
        mkdirSync(join(root, 'embed/a'), { recursive: true });
        writeFileSync(join(root, 'embed/a/index.html'), '<!DOCTYPE html><html><head></head><body></body></html>');
      }),
    ).rejects.toThrow('embed/a/index.html: the embed shell has no head marker');
  });
});

describe('embed pages kept from topic pages', () => {
  const figure = (share: string) =>
    `<figure id="chart-t-map"><span class="chart__method"><a href="#method-dates">How we dated</a></span>${share}<details class="chart__table"></details></figure>`;

  it('takes the share panel out of the embed and points its links to the page’s sections at the explainer', () => {
    const shown = figure(`${shareMarkers.start}<details class="chart__share"><a href="/topics/t/#chart-t-map">Link</a></details>${shareMarkers.end}`);
    const { page, embed } = embedFromFigure(shown, '/uk/topics/t/');
    expect(page).toBe(figure('<details class="chart__share"><a href="/topics/t/#chart-t-map">Link</a></details>'));
    expect(embed).toBe(figure('').replace('href="#method-dates"', 'href="/uk/topics/t/#method-dates"'));
    // A figure without the markers (no share panel) is shown as it is.
    expect(embedFromFigure(figure(''), '/uk/topics/t/').page).toBe(figure(''));
  });

  it('keeps a chart placed twice once, deletes every shell, and fails the build naming an embed page no page kept', async () => {
    await expect(
      run((root) => {
        expectEmbedPages(['embed/a/map/index.html', 'embed/a/bars/index.html'], []);
        keep('a', 'map');
        keep('a', 'map');
        writeShell(root, 'embed/a/index.html', '');
      }),
    ).rejects.toThrow('1 embed page was not rendered: embed/a/bars/index.html');
    const { root, said } = await run((root) => {
      expectEmbedPages(['embed/a/map/index.html'], ['embed/index.html']);
      keep('a', 'map');
      keep('a', 'map');
      writeShell(root, 'embed/a/index.html', '');
      // An edition's shell no page was written into.
      writeShell(root, 'embed/index.html', '');
    });
    expect(existsSync(join(root, 'embed/a/map/index.html'))).toBe(true);
    expect(existsSync(join(root, 'embed/index.html'))).toBe(false);
    expect(said).toEqual(['Embeds: wrote 1 embed page']);
  });

  it('finds the charts a text does not place, not counting code', () => {
    const shown = (body: string) => ({ body: { body }, topic: { data: { charts: { map: {}, bars: {}, line: {} } } } }) as unknown as EditionTopic;
    expect(unplacedCharts(shown('<Chart id="map" />\n\nText.\n\n<Chart\n  id="line"\n/>'))).toEqual(['bars']);
    expect(unplacedCharts(shown('Write `<Chart id="map" />` to place it.\n\n```mdx\n<Chart id="bars" />\n```\n'))).toEqual(['map', 'bars', 'line']);
  });
});
