import { fill, type Qualifier } from '../../../i18n/locale';
import { figureReports } from '../../figures';
import type { ChartContext, SourceRef } from '../../types';
import type { ChangeChart, ChangeEnd } from './schema';

export interface ChangePoint {
  value: number;
  qualifier: Qualifier;
  date: string;
  precision: ChangeEnd['precision'];
  source: SourceRef;
  /** "12 km". */
  valueText: string;
  /** "23 Dec 2025", "around Jul 2022". */
  shortDate: string;
  longDate: string;
}

export interface ChangeModel {
  spec: ChangeChart;
  unit: string;
  items: { label: string; from: ChangePoint; to: ChangePoint }[];
  maxValue: number;
  minValue: number;
}

/** Resolves both ends of each change (own values or shared figures) and words them once. */
export function prepareChange(spec: ChangeChart, context: ChartContext): ChangeModel {
  const { locale } = context;
  const resolve = (point: ChangeEnd): ChangePoint => {
    const reported = point.figure
      ? figureReports(context, point.figure, point.report).reports[0]!
      : { value: point.value!, qualifier: point.qualifier ?? 'exact', source: point.source! };
    const dated = (date: string) => (point.approximate ? fill(locale.t.chart.approximateDate, { date }) : date);
    return {
      value: reported.value,
      qualifier: reported.qualifier,
      date: point.date,
      precision: point.precision,
      source: context.source(reported.source),
      valueText: locale.qualified(reported.value, reported.qualifier, spec.unit),
      shortDate: dated(locale.date(point.date, point.precision, true)),
      longDate: dated(locale.date(point.date, point.precision)),
    };
  };
  const items = spec.items.map((item) => ({ label: item.label, from: resolve(item.from), to: resolve(item.to) }));
  const values = items.flatMap((item) => [item.from.value, item.to.value]);
  return { spec, unit: spec.unit, items, maxValue: Math.max(...values), minValue: Math.min(0, ...values) };
}
