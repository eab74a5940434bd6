import { fill } from '../../../i18n/locale';
import { svg } from '../../svg';
import type { ChartContext, DataTable, LegendItem } from '../../types';
import { hatchPath, reportGlyph } from './layout';
import type { BarEntry, BarModel } from './model';
import { rangeMark } from './render';

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

/** The key draws the same glyphs as the chart: the hatched range with a tick per report, and a bound's arrow. */
export function barLegend(model: BarModel, { locale }: ChartContext): LegendItem[] {
  const items: LegendItem[] = [];
  if (model.spec.unit === '%') {
    items.push({
      width: 28,
      label: locale.t.chart.track,
      symbol: [svg('rect', { class: 'bar-track', x: 1, y: 4, width: 26, height: 8 }), svg('rect', { class: 'bar', x: 1, y: 4, width: 16, height: 8 })],
    });
  }
  if (model.hasRange) {
    const [left, right] = [reportGlyph(4, 2, 14, null), reportGlyph(24, 2, 14, null)];
    items.push({
      width: 28,
      label: locale.t.chart.range,
      symbol: [
        ...rangeMark({ x: 4, y: 4, width: 20, height: 8, hatch: hatchPath(4, 4, 20, 8) }),
        svg('path', { class: 'bar-report', d: left.tick }),
        svg('path', { class: 'bar-report', d: right.tick }),
      ],
    });
  }
  if (model.hasOpenBound) {
    const glyph = reportGlyph(8, 5, 15, 'right');
    items.push({
      width: 16,
      label: locale.t.chart.openBound,
      symbol: [svg('path', { class: 'bar-report', d: glyph.tick }), svg('path', { class: 'bar-open', d: glyph.arrow! })],
    });
  }
  return items;
}
