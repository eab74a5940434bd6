import { fill } from '../../../i18n/locale';
import { figureReports } from '../../figures';
import type { ChartContext } from '../../types';
import type { Bar, BarChart } from './schema';

export type OpenDirection = 'right' | 'left' | null;

/** The direction a bound leaves the true value open: "more than 650" is open to the right. */
export const openDirection = (qualifier: Bar['reports'][number]['qualifier']): OpenDirection =>
  qualifier === 'more-than' || qualifier === 'at-least' ? 'right' : qualifier === 'under' || qualifier === 'up-to' ? 'left' : null;

export interface BarEntry {
  label: string;
  reports: Bar['reports'];
  /** This bar's unit: its own, else the chart's. */
  unit: string;
  min: number;
  max: number;
  /** True when the sources give different figures (or qualify the same one differently). */
  conflicting: boolean;
  /** A range is drawn only where the figures differ. */
  hasRange: boolean;
  /** Each report in words with its source: "more than 650 drones (LBC)". */
  reportTexts: string[];
  /** The value label at the bar's end: distinct figures only, ">650 or 635 drones". */
  valueText: string;
  /** Every report in words with its source: the bar's tooltip and accessible name. */
  tip: string;
}

export interface BarModel {
  spec: BarChart;
  bars: BarEntry[];
  maxValue: number;
  hasRange: boolean;
  /** Whether a bound (more than, up to) is drawn on a conflicting bar: the key explains it only then. */
  hasOpenBound: boolean;
}

/** Resolves each bar's reports once: its range, whether sources disagree, and its words. */
export function prepareBars(spec: BarChart, context: ChartContext): BarModel {
  const { locale, source } = context;
  const bars = spec.bars.map((input): BarEntry => {
    // A bar drawn from a shared figure takes every report of it, and its unit unless the bar names one.
    const shared = input.figure ? figureReports(context, input.figure) : undefined;
    const bar = shared ? { ...input, reports: shared.reports } : input;
    const unit = bar.unit ?? shared?.unit ?? spec.unit;
    const values = bar.reports.map((report) => report.value);
    const [min, max] = [Math.min(...values), Math.max(...values)];
    const conflicting = new Set(bar.reports.map((r) => `${r.value}${r.qualifier}`)).size > 1;
    const reportTexts = bar.reports.map((r) =>
      fill(locale.t.chart.bar.reportWithSource, { value: locale.qualified(r.value, r.qualifier, unit), source: source(r.source).name }),
    );
    // Sources that agree are named once in the label; the table and tooltip still list each of them.
    const valueText = locale.withUnit([...new Set(bar.reports.map((r) => locale.qualifiedShort(r.value, r.qualifier)))].join(locale.t.chart.or), unit);
    const tip = bar.reports
      .map((r) => fill(locale.t.chart.bar.tip, { label: bar.label, value: locale.qualified(r.value, r.qualifier, unit), source: source(r.source).name }))
      .join('; ');
    return { ...bar, unit, min, max, conflicting, hasRange: conflicting && max > min, reportTexts, valueText, tip };
  });
  return {
    spec,
    bars,
    maxValue: Math.max(...bars.map((bar) => bar.max)),
    hasRange: bars.some((bar) => bar.hasRange),
    hasOpenBound: bars.some((bar) => bar.reports.length > 1 && bar.reports.some((r) => r.qualifier !== 'exact' && r.qualifier !== 'about')),
  };
}
