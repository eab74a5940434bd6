import { agree } from '../../charts/figures';
import { createLocale } from '../../i18n/locale';
import type { Rule } from '../content';
import type { Problem } from '../problem';

const english = createLocale('en', 'en-GB');

/** Where a chart shows one figure, and the figure's sources differ, the chart must say which report. */
export const ambiguousFigures: Rule = (content) =>
  content.topics.flatMap(({ file, data }) =>
    Object.entries(data.charts).flatMap(([chartId, chart]) => {
      const ends: { path: PropertyKey[]; figure?: string; report?: string }[] =
        chart.type === 'stats'
          ? chart.items.map((item, i) => ({ path: ['charts', chartId, 'items', i], figure: item.figure, report: item.report }))
          : chart.type === 'change'
            ? chart.items.flatMap((item, i) =>
                (['from', 'to'] as const).map((end) => ({ path: ['charts', chartId, 'items', i, end], figure: item[end].figure, report: item[end].report })),
              )
            : [];
      return ends.flatMap(({ path, figure, report }): Problem[] => {
        const entry = figure ? content.figures.get(figure) : undefined;
        if (!entry) return [];
        if (report && !entry.data.reports.some((r) => r.source === report)) {
          return [
            {
              file: file.file,
              line: file.lineOf([...path, 'report']),
              field: [...path, 'report'].join('.'),
              rule: 'figure',
              message: `figure "${figure}" has no report from "${report}"`,
              expected: `one of: ${entry.data.reports.map((r) => r.source).join(', ')}`,
            },
          ];
        }
        const reports = report ? entry.data.reports.filter((r) => r.source === report) : entry.data.reports;
        if (reports.every((r) => agree(r, reports[0]!))) return [];
        const differing = reports.map((r) => `${english.qualified(r.value, r.qualifier, entry.data.unit)} (${r.source})`).join(', ');
        return [
          {
            file: file.file,
            line: file.lineOf(path),
            field: path.join('.'),
            rule: 'figure',
            message: `figure "${figure}" is reported differently (${differing}), so one number cannot stand for it`,
            expected: `report: <source id> to show one of them, with the other as its own stat`,
            example: `{ figure: ${figure}, report: ${reports[0]!.source}, label: "..." }`,
          },
        ];
      });
    }),
  );

/**
 * A shared figure is quoted in prose through <Fig id>, never retyped, so text and charts cannot
 * disagree: "75%" or "650 drones" typed into a page that uses those figures is flagged.
 */
export const retypedFigures: Rule = (content) =>
  content.topics.flatMap(({ file, data, body }) => {
    if (!body) return [];
    const used = new Set<string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
          if ((key === 'figure' || key === 'reported') && typeof item === 'string') used.add(item);
          else visit(item);
        }
      }
    };
    visit(data.charts);
    for (const element of body.elements) if (element.name === 'Fig' && typeof element.attributes.id === 'string') used.add(element.attributes.id);
    const patterns = [...used].flatMap((id) => {
      const figure = content.figures.get(id);
      if (!figure || !figure.data.unit) return [];
      const unit = figure.data.unit === '%' ? '\\s?(%|per cent)' : `\\s${figure.data.unit.split(' ')[0]!.replace(/s$/, '')}s?\\b`;
      return figure.data.reports.map((r) => ({ id, pattern: new RegExp(`(^|[^\\d.,])${english.number(r.value).replace(/[.,]/g, '[.,]?')}${unit}`, 'i') }));
    });
    return body.texts.flatMap(({ value: raw, line }) => {
      // Words in quotation marks are a source's own, quoted: not our retyping.
      const value = raw.replace(/"[^"]*"|“[^”]*”/g, '""');
      const hit = patterns.find(({ pattern }) => pattern.test(value));
      return hit
        ? [
            {
              file: file.file,
              line,
              rule: 'retyped-figure',
              message: `"${value.match(hit.pattern)![0].trim()}" retypes figure "${hit.id}"`,
              expected: `<Fig id="${hit.id}" /> so the number comes from content/figures/${hit.id}.yaml`,
              example: `<Fig id="${hit.id}" />`,
            },
          ]
        : [];
    });
  });
