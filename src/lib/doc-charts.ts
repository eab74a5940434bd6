import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Objects, Topology } from 'topojson-specification';
import { chartKinds, chartSchema, prepareChart } from '../charts/registry';
import type { GeoLayer } from '../charts/types';
import { siteLocale } from '../i18n';
import { checkContent } from '../validate';
import { chartContext, type ChartRegistries } from './chart-context';
import { designTokensCss } from '../styles/tokens';

/** A chart example in the writers' guide: a fenced ```yaml block whose first line is `# example: <name>`. */
export interface DocExample {
  name: string;
  /** The YAML as the guide prints it: one chart under its id. */
  yaml: string;
  /** The line of the guide the block starts on, for error messages. */
  line: number;
}

export function examplesIn(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const match of markdown.matchAll(/^```yaml\n# example: ([a-z0-9-]+)\n([\s\S]*?)^```$/gm)) {
    examples.push({ name: match[1]!, yaml: match[2]!, line: markdown.slice(0, match.index).split('\n').length });
  }
  return examples;
}

/** The sample newsroom's registries, read from the content folder as the content check reads them. */
export function registriesFrom(contentDir: string): ChartRegistries {
  const { content } = checkContent(contentDir);
  const withId = <T>(entries: Map<string, { data: T }>) => new Map([...entries].map(([id, entry]) => [id, { ...entry.data, id }]));
  const layers = new Map<string, GeoLayer>(
    [...content.geo].map(([id, entry]) => [
      id,
      {
        id,
        meta: entry.data,
        topology: JSON.parse(readFileSync(join(contentDir, 'geo', entry.data.file), 'utf8')) as Topology<Objects<Record<string, unknown>>>,
      },
    ]),
  );
  return { sources: withId(content.sources), places: withId(content.places), figures: withId(content.figures), layers };
}

/** The page's chart styles and palette, inside the SVG, so the file shows as the page would draw it. */
function standalone(svg: string, css: string): string {
  // Light colours only: an image in a README or a pull request sits on a light page more often than not.
  const tokens = designTokensCss().replace(/@media \(prefers-color-scheme: dark\)\{:root\{[^}]*\}\}/, '');
  const style = `<style><![CDATA[${tokens}${css}:root{--font-sans:"Source Sans 3",system-ui,sans-serif;--font-serif:"Source Serif 4",Georgia,serif}svg{font-family:var(--font-sans);background:#fff}]]></style>`;
  return svg.replace(/^<svg([^>]*)>/, (_, attributes: string) => `<svg xmlns="http://www.w3.org/2000/svg"${attributes.replace(/ xmlns="[^"]*"/, '')}>${style}`);
}

/**
 * Each drawn example of the guide as a standalone SVG (the wide layout), keyed by example name.
 * Throws with the guide's line when an example does not parse, so the guide cannot drift from the
 * schemas.
 */
export function renderExamples(markdown: string, root = process.cwd()): Record<string, string> {
  // The newsroom's content, and the test fixtures' clearly fictional sources for illustrations.
  const [news, fixtures] = [registriesFrom(join(root, 'content')), registriesFrom(join(root, 'tests/fixtures/site/content'))];
  const registries: ChartRegistries = {
    sources: new Map([...fixtures.sources, ...news.sources]),
    places: new Map([...fixtures.places, ...news.places]),
    figures: new Map([...fixtures.figures, ...news.figures]),
    layers: new Map([...fixtures.layers, ...news.layers]),
  };
  const context = chartContext(registries, siteLocale);
  const css = readFileSync(join(root, 'src/styles/charts.css'), 'utf8');
  const out: Record<string, string> = {};
  for (const example of examplesIn(markdown)) {
    const [[id, spec]] = Object.entries(parse(example.yaml) as Record<string, unknown>) as [[string, unknown]];
    const parsed = chartSchema.safeParse(spec);
    if (!parsed.success)
      throw new Error(
        `docs/writing.md:${example.line}: example "${example.name}" does not parse: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    if (!chartKinds[parsed.data.type as keyof typeof chartKinds]) continue;
    const prepared = prepareChart(parsed.data, context, `example-${id}`);
    if (prepared.svg.wide) out[example.name] = standalone(prepared.svg.wide, css);
  }
  return out;
}
