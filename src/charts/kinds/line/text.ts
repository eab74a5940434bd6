import { fill } from '../../../i18n/locale';
import { svg } from '../../svg';
import type { ChartContext, DataTable, LegendItem } from '../../types';
import type { LineModel } from './model';

/** One row per point, series by series. */
export function lineTable({ spec, series }: LineModel, { locale, source }: ChartContext): DataTable {
  const words = locale.t.chart.line;
  const [seriesColumn, dateColumn, valueColumn, sourceColumn] = words.columns;
  return {
    columns: [seriesColumn!, dateColumn!, spec.unit ? fill(words.valueWithUnit, { unit: spec.unit }) : valueColumn!, sourceColumn!],
    rows: series.flatMap((s) => s.points.map((p) => [s.label, p.longDate, locale.qualified(p.value, p.qualifier), source(p.source).name])),
    csvColumns: ['series', 'date', 'date_precision', 'value', 'qualifier', 'unit', 'source', 'source_url'],
    csv: series.flatMap((s) =>
      s.points.map((p) => [s.label, p.date, p.precision, p.value, p.qualifier, spec.unit, source(p.source).name, source(p.source).url ?? '']),
    ),
  };
}

/** Each series from its first to its last point, with its peak where that is not the end. */
export function describeLine({ spec, series }: LineModel, { locale }: ChartContext): string {
  const words = locale.t.chart.line;
  return series
    .map((s) => {
      const first = s.points[0]!;
      const last = s.points.at(-1)!;
      const peak = s.points.reduce((a, b) => (b.value > a.value ? b : a));
      return (
        fill(words.describe, {
          label: s.label,
          start: first.longDate,
          end: last.longDate,
          from: locale.qualified(first.value, first.qualifier, spec.unit),
          to: locale.qualified(last.value, last.qualifier, spec.unit),
        }) +
        (peak !== last ? fill(words.peak, { value: locale.qualified(peak.value, peak.qualifier, spec.unit), date: peak.longDate }) : '') +
        '.'
      );
    })
    .join(' ');
}

/** The key explains a dashed line only where one is drawn. */
export function lineLegend({ series }: LineModel, { locale }: ChartContext): LegendItem[] {
  return series.some((s) => s.interpolated)
    ? [{ width: 28, label: locale.t.chart.interpolated, symbol: [svg('path', { class: 'series__line series__line--interpolated', d: 'M2,12L26,4' })] }]
    : [];
}
