import { collectReferences } from '../references';
import type { CheckedContent, Rule } from '../content';
import type { Problem } from '../problem';

const extension = { topics: 'mdx', sources: 'yaml', places: 'yaml', figures: 'yaml', geo: 'yaml' } as const;

/** Every id a field holds points at an entry that exists: sources, places, figures, related topics. */
export const brokenReferences: Rule = (content) => {
  const known = content.ids;
  const entries = [...content.topics, ...content.sources.values(), ...content.places.values(), ...content.figures.values(), ...content.glossary.values()];
  return entries.flatMap(({ file, data }) =>
    collectReferences(data)
      .filter((ref) => !known[ref.collection].has(ref.id))
      .map((ref): Problem => ({
        file: file.file,
        line: file.lineOf(ref.path.split('.')),
        field: ref.path,
        rule: 'reference',
        message: `"${ref.id}" is not a ${ref.collection === 'geo' ? 'map layer' : ref.collection.replace(/s$/, '')} id`,
        expected: `the name of a file in content/${ref.collection}/ without its extension; add content/${ref.collection}/${ref.id}.${extension[ref.collection]} or fix the id`,
      })),
  );
};

/** All ids a topic may cite: its sources and the outlets they reached us through. */
export function citableSources(content: CheckedContent, sources: string[]): Set<string> {
  const ids = new Set(sources);
  for (const id of sources) {
    const via = content.sources.get(id)?.data.via;
    if (via) ids.add(via);
  }
  return ids;
}

/** Ids a topic names (in charts, citations and figures) are in its own sources list, so its list is complete. */
export const unlistedSources: Rule = (content) =>
  content.topics.flatMap(({ file, data, body }) => {
    const listed = citableSources(content, data.sources);
    const problems: Problem[] = [];
    // The line is looked up only for a problem: locating a field parses the file's YAML again.
    const unlisted = (id: string, line: () => number | undefined, field: string | undefined, where: string) => {
      if (listed.has(id) || !content.sources.has(id)) return;
      problems.push({
        file: file.file,
        line: line(),
        field,
        rule: 'sources-list',
        message: `${where} names source "${id}", which is not in this page's sources`,
        expected: `"${id}" added to sources at the top of the file`,
      });
    };
    for (const ref of collectReferences(data.charts, ['charts'])) {
      if (ref.collection === 'sources') unlisted(ref.id, () => file.lineOf(ref.path.split('.')), ref.path, 'a chart');
      if (ref.collection === 'figures') {
        for (const report of content.figures.get(ref.id)?.data.reports ?? [])
          unlisted(report.source, () => file.lineOf(ref.path.split('.')), ref.path, `figure "${ref.id}"`);
      }
    }
    for (const citation of body?.citations ?? [])
      for (const id of citation.ids) {
        if (!content.ids.sources.has(id))
          problems.push({
            file: file.file,
            line: citation.line,
            rule: 'reference',
            message: `the citation [@${id}] names no source`,
            expected: `the id of a file in content/sources/`,
          });
        else unlisted(id, () => citation.line, undefined, `the citation [@${id}]`);
      }
    for (const element of body?.elements ?? []) {
      if (element.name !== 'Fig') continue;
      const figure = typeof element.attributes.id === 'string' ? content.figures.get(element.attributes.id) : undefined;
      if (!figure) {
        problems.push({
          file: file.file,
          line: element.line,
          rule: 'reference',
          message: `<Fig id="${String(element.attributes.id)}" /> names no figure`,
          expected: 'the name of a file in content/figures/ without .yaml',
        });
        continue;
      }
      const report = element.attributes.report;
      if (typeof report === 'string' && !figure.data.reports.some((r) => r.source === report)) {
        problems.push({
          file: file.file,
          line: element.line,
          rule: 'reference',
          message: `figure "${figure.file.id}" has no report from "${report}"`,
          expected: `one of: ${figure.data.reports.map((r) => r.source).join(', ')}`,
        });
      }
      for (const r of figure.data.reports)
        if (report === undefined || r.source === report) unlisted(r.source, () => element.line, undefined, `<Fig id="${figure.file.id}" />`);
    }
    return problems;
  });

/** Each chart the frontmatter declares is placed in the text, and each placed chart is declared. */
export const chartPlacement: Rule = (content) =>
  content.topics.flatMap(({ file, data, body }) => {
    if (!body) return [];
    const placed = body.elements.filter((e) => e.name === 'Chart');
    const declared = Object.keys(data.charts);
    return [
      ...placed
        .filter((e) => typeof e.attributes.id !== 'string' || !declared.includes(e.attributes.id))
        .map((e): Problem => ({
          file: file.file,
          line: e.line,
          rule: 'chart-placement',
          message: `<Chart id="${String(e.attributes.id)}" /> is placed in the text, but no chart of that id is declared under charts`,
          expected: declared.length ? `one of: ${declared.join(', ')}` : 'a chart declared under charts in the frontmatter',
        })),
      ...declared
        .filter((id) => !placed.some((e) => e.attributes.id === id))
        .map((id): Problem => ({
          file: file.file,
          line: file.lineOf(['charts', id]),
          field: `charts.${id}`,
          rule: 'chart-placement',
          message: `chart "${id}" is declared but never placed in the text`,
          expected: `<Chart id="${id}" /> where it belongs in the article, or the chart removed`,
        })),
    ];
  });

/**
 * `<Steps chart>` names a chart with dated states, and each `<Step state>` inside it one of that
 * chart's dates, so a scrollytelling section cannot point at a graphic that does not exist.
 */
export const storySteps: Rule = (content) =>
  content.topics.flatMap(({ file, data, body }) => {
    if (!body) return [];
    const problems: Problem[] = [];
    const withStates = Object.entries(data.charts).filter(([, chart]) => (chart as { states?: unknown[] }).states);
    let current: string | undefined = withStates.length === 1 ? withStates[0]![0] : undefined;
    for (const element of body.elements) {
      if (element.name === 'Steps') {
        const id = element.attributes.chart;
        const chart = typeof id === 'string' ? data.charts[id] : undefined;
        if (!chart || !(chart as { states?: unknown[] }).states) {
          problems.push({
            file: file.file,
            line: element.line,
            rule: 'steps',
            message: `<Steps chart="${String(id)}"> steps through a chart's dated states, but ${chart ? `chart "${String(id)}" has no states` : `no chart "${String(id)}" is declared`}`,
            expected: withStates.length
              ? `one of: ${withStates.map(([chartId]) => chartId).join(', ')}`
              : 'a chart with states: under charts.<id>, add states: [{ date, label, status }, ...]',
          });
          current = undefined;
        } else current = id as string;
      }
      if (element.name === 'Step') {
        const named = typeof element.attributes.chart === 'string' ? element.attributes.chart : current;
        const chart = named ? (data.charts[named] as { states?: { date: string }[] } | undefined) : undefined;
        const states = (chart?.states ?? []).map((state) => state.date);
        const date = element.attributes.state;
        if (!named || !states.length) {
          problems.push({
            file: file.file,
            line: element.line,
            rule: 'steps',
            message: '<Step> belongs inside <Steps chart="..."> that names a chart with states',
            expected: '<Steps chart="<chart id>"> around the steps',
          });
        } else if (typeof date !== 'string' || !states.includes(date)) {
          problems.push({
            file: file.file,
            line: element.line,
            rule: 'steps',
            message: `<Step state="${String(date)}"> names no state of chart "${named}"`,
            expected: `one of its states' dates: ${states.join(', ')}`,
          });
        }
      }
    }
    return problems;
  });

/** A chart's `method` names a <Method id> on the page, and every <Method> sits under "How we reported this". */
export const methodNotes: Rule = (content) =>
  content.topics.flatMap(({ file, data, body }) => {
    if (!body) return [];
    const methods = body.elements.filter((e) => e.name === 'Method');
    const ids = methods.map((e) => e.attributes.id);
    const problems: Problem[] = [];
    for (const [chartId, chart] of Object.entries(data.charts)) {
      for (const [index, id] of chart.method.entries()) {
        if (!ids.includes(id)) {
          problems.push({
            file: file.file,
            line: file.lineOf(['charts', chartId, 'method']),
            field: `charts.${chartId}.method${chart.method.length > 1 ? `.${index}` : ''}`,
            rule: 'method',
            message: `no <Method id="${id}"> entry on this page`,
            expected: `<Method id="${id}" title="...">...</Method> under "## How we reported this"`,
          });
        }
      }
    }
    for (const method of methods) {
      if (typeof method.attributes.id !== 'string' || typeof method.attributes.title !== 'string') {
        problems.push({
          file: file.file,
          line: method.line,
          rule: 'method',
          message: '<Method> needs an id and a title',
          example: '<Method id="distances" title="Distances">',
        });
      }
    }
    const heading = body.headings.find((h) => h.depth === 2 && /^How we reported this$/i.test(h.text));
    if (methods.length && (!heading || methods.some((m) => m.line < heading.line))) {
      problems.push({
        file: file.file,
        line: methods[0]!.line,
        rule: 'method',
        message: '<Method> entries belong under a "## How we reported this" heading at the end of the page',
        expected: 'the heading "## How we reported this" before the first <Method>',
      });
    }
    return problems;
  });
