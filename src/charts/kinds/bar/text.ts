import { fill } from '../../../i18n/locale';
import { svg } from '../../svg';
import type { ChartContext, DataTable, LegendItem } from '../../types';
import type { BarEntry, BarModel } from './model';

/** One row per report, so every source's figure is in the table and the CSV. */
export function barTable({ bars }: BarModel, { locale, source }: ChartContext): DataTable {
  return {
    columns: locale.t.chart.bar.columns,
    rows: bars.flatMap((bar) => bar.reports.map((r) => [bar.label, locale.qualified(r.value, r.qualifier, bar.unit), source(r.source).name])),
    csvColumns: ['category', 'value', 'qualifier', 'unit', 'source', 'source_url'],
    csv: bars.flatMap((bar) => bar.reports.map((r) => [bar.label, r.value, r.qualifier, bar.unit, source(r.source).name, source(r.source).url ?? ''])),
  };
}

/** "Bar chart of 2 categories; sources disagree on 1. Largest: ..., Smallest: ..." */
export function describeBars({ bars }: BarModel, { locale }: ChartContext): string {
  const words = locale.t.chart.bar;
  const sorted = [...bars].sort((a, b) => b.max - a.max);
  const valueOf = (bar: BarEntry) => (bar.conflicting ? fill(words.reportedDifferently, { list: locale.list(bar.reportTexts) }) : bar.reportTexts[0]!);
  const labelValue = (bar: BarEntry) => fill(words.labelValue, { label: bar.label, value: valueOf(bar) });
  const conflicting = sorted.filter((bar) => bar.conflicting).length;
  return (
    fill(words.describe, { count: locale.plural(sorted.length, words.count) }) +
    (conflicting ? fill(words.disagree, { n: locale.number(conflicting) }) : '') +
    '. ' +
    fill(words.largest, { label: sorted[0]!.label, value: valueOf(sorted[0]!) }) +
    (sorted.length > 1 ? ` ${fill(words.smallest, { label: sorted.at(-1)!.label, value: valueOf(sorted.at(-1)!) })}` : '') +
    (sorted.length > 2 ? ` ${fill(words.others, { list: sorted.slice(1, -1).map(labelValue).join('; ') })}` : '')
  );
}

/** The key explains a range and a bound only where the chart draws one. */
export function barLegend(model: BarModel, { locale }: ChartContext): LegendItem[] {
  const items: LegendItem[] = [];
  if (model.hasRange) {
    items.push({
      width: 28,
      label: locale.t.chart.range,
      symbol: [
        svg('rect', { class: 'bar-range bar-range--legend', x: 2, y: 3, width: 24, height: 10 }),
        svg('line', { class: 'bar-report', x1: 3, x2: 3, y1: 1, y2: 15 }),
        svg('line', { class: 'bar-report', x1: 25, x2: 25, y1: 1, y2: 15 }),
      ],
    });
  }
  if (model.hasOpenBound) {
    items.push({
      width: 16,
      label: locale.t.chart.openBound,
      symbol: [svg('line', { class: 'bar-report', x1: 5, x2: 5, y1: 2, y2: 14 }), svg('path', { class: 'bar-open', d: 'M8,4L12,8L8,12' })],
    });
  }
  return items;
}
