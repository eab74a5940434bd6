import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { palette } from '../../src/lib/palette';
import Chart from '../../src/components/charts/Chart.astro';
import type { TopicPage } from '../../src/lib/topic-page';
import { defaultEdition } from '../../src/i18n';
import { chartSchema } from '../../src/charts/registry';
import { barInput, changeInput, english, lineInput, mapInput, places, statsInput, timelineInput } from '../fixtures/charts';

const golden = (name: string) => new URL(`./golden/${name}`, import.meta.url);
const charts = { timeline: timelineInput, bar: barInput, stats: statsInput, line: lineInput, map: mapInput, change: changeInput };
const sourceIds = ['gs-ukraine', 'gerasimov', 'euronews', 'isw', 'aggregator', 'lbc', 'euromaidan'];

/** A stand-in for the topic page: only the fields `<Chart>` reads. */
function topicContext(): TopicPage {
  const data = { charts: Object.fromEntries(Object.entries(charts).map(([id, input]) => [id, chartSchema.parse(input)])) };
  return {
    topic: { id: 'fixture', filePath: 'tests/fixtures/fixture.mdx', data },
    content: {
      topics: [],
      sources: new Map(sourceIds.map((id) => [id, { id, outlet: `Outlet ${id}`, title: 'T', kind: 'news-outlet' }])),
      places: new Map(Object.values(places).map((p) => [p.id, p])),
      glossary: [],
    },
    locale: english,
    edition: defaultEdition,
    sourceList: [],
    methods: {},
  } as unknown as TopicPage;
}

async function renderChart(id: string) {
  const container = await AstroContainer.create();
  return container.renderToString(Chart, { props: { id }, locals: { topicPage: topicContext() } });
}

/** The wide SVG, numbers rounded to 3 decimals, with the light palette inlined and the chart styles linked. */
function standaloneSvg(html: string): string {
  const wide = html.match(/chart__variant--wide[^>]*>(<svg[\s\S]*?<\/svg>)/)?.[1];
  if (!wide) throw new Error('no wide SVG rendered');
  const vars = Object.entries(palette.light)
    .map(([k, v]) => `--colour-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v};`)
    .join('');
  const rounded = wide
    .replace(/\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/ data-astro-[a-z-]+(="[^"]*")?/g, '');
  // The stylesheet is linked, not copied, so a style change does not rewrite every golden file.
  const stylesheet = '<?xml-stylesheet type="text/css" href="../../../src/styles/charts.css"?>\n';
  return (
    stylesheet +
    rounded.replace(/(<svg[^>]*>)/, `$1<style>svg{${vars}--chart-font-size:14px;--chart-small-font-size:13px;font-family:'Source Sans 3',sans-serif}</style>`) +
    '\n'
  );
}

/** Markup as a parser reads it, so two serialisations of the same SVG (entity choices) compare equal. */
const normalise = (markup: string) => toHtml(fromHtml(markup, { fragment: true }));

function expectGolden(name: string, actual: string) {
  const file = golden(name);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`golden file ${name} is missing; run the tests locally and commit it`);
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (normalise(actual) !== normalise(expected)) writeFileSync(golden(name.replace(/(\.\w+)$/, '-changed$1')), actual);
  expect(normalise(actual), `${name} changed: compare it with ${name.replace(/(\.\w+)$/, '-changed$1')}`).toBe(normalise(expected));
}

describe('Chart component', () => {
  for (const kind of ['timeline', 'bar', 'line', 'map', 'change'] as const) {
    it(`renders the ${kind} chart to the golden SVG`, async () => {
      expectGolden(`${kind}.svg`, standaloneSvg(await renderChart(kind)));
    });
  }

  it('renders the stat grid to the golden HTML', async () => {
    const grid = (await renderChart('stats')).match(/<ul class="stat-grid"[\s\S]*?<\/ul>/)?.[0] ?? '';
    expectGolden('stats.html', `${grid.replace(/ data-astro-[a-z-]+(="[^"]*")?/g, '').replace(/<li/g, '\n<li')}\n`);
  });

  it('renders the same bytes twice for the same data', async () => {
    expect(await renderChart('map')).toBe(await renderChart('map'));
  });

  it('wraps the chart in a figure labelled by its title, with a description, table and CSV link', async () => {
    const html = await renderChart('bar');
    expect(html).toMatch(/<figure[^>]*aria-labelledby="fixture-bar-title"/);
    expect(html).toContain('role="img" aria-labelledby="fixture-bar-title fixture-bar-desc"');
    expect(html).toMatch(/<p hidden id="fixture-bar-desc"[^>]*>Bar chart of 2 categories; sources disagree on 1\./);
    expect(html).toMatch(/<table[\s\S]*<th scope="row"[^>]*>Drones<\/th>/);
    expect(html).toMatch(/href="\/data\/fixture\/bar\.csv" download/);
  });

  it('renders the stat grid as a list of figures, not an image', async () => {
    const html = await renderChart('stats');
    expect(html).toMatch(/<ul class="stat-grid"[^>]*><li class="stat"[^>]*><p class="stat__figure"/);
    expect(html).not.toContain('role="img"');
    expect(html).toMatch(/<span class="stat__qualifier"[^>]*>Under <\/span>/);
  });

  it('escapes text from content instead of injecting it as markup', async () => {
    const container = await AstroContainer.create();
    const context = topicContext();
    const hostile = chartSchema.parse({
      ...barInput,
      title: '<img src=x onerror=alert(1)>',
      bars: [{ label: '<script>x</script>" onmouseover="alert(2)', value: 1, source: 'lbc' }],
    });
    context.topic.data.charts.bar = hostile;
    const html = await container.renderToString(Chart, { props: { id: 'bar' }, locals: { topicPage: context } });
    // Parsed as a browser would: no element or event handler may come out of the content's text.
    const elements: { tagName: string; properties: Record<string, unknown> }[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'element') elements.push(node as never);
      for (const child of node.children ?? []) walk(child as never);
    };
    walk(fromHtml(html, { fragment: true }));
    expect(elements.filter((el) => el.tagName === 'img' || (el.tagName === 'script' && !el.properties.src))).toEqual([]);
    expect(elements.flatMap((el) => Object.keys(el.properties).filter((name) => /^on/i.test(name)))).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('fails naming the file and the declared ids when MDX asks for an unknown chart', async () => {
    await expect(renderChart('pie')).rejects.toThrow(
      'tests/fixtures/fixture.mdx: <Chart id="pie" /> has no chart "pie" under charts in the frontmatter. Charts declared: timeline, bar, stats, line, map, change.',
    );
  });
});
