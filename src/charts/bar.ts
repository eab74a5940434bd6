import { scaleLinear } from 'd3';
import type { Bar, BarChart } from '../schemas/charts/bar';
import { defaults, round, type Variant } from './defaults';
import { describeQualified, shortQualified } from './format';
import { estimateTextWidth, wrapText } from './text-width';

const layout = { barHeight: 20, rowGap: 14, labelGap: 4, valueGap: 6, tickLength: 8 };

/** The smallest and largest reported value of a bar: equal unless the sources differ. */
export function reportRange(bar: Bar): { min: number; max: number; conflicting: boolean } {
  const values = bar.reports.map((report) => report.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { min, max, conflicting: new Set(bar.reports.map((r) => `${r.value}${r.qualifier}`)).size > 1 };
}

export interface BarRow {
  label: { x: number; y: number; lines: string[] };
  /** The solid bar from zero to the smallest reported value. */
  bar: { x: number; y: number; width: number; height: number };
  /** The span between the smallest and largest reported values, drawn hatched; null when all agree. */
  range: { x: number; y: number; width: number; height: number } | null;
  /** One tick per report, so each source's figure stays visible. */
  reports: { x: number; y1: number; y2: number; tip: string }[];
  value: { x: number; y: number; text: string };
  tip: string;
}

export interface BarScene {
  width: number;
  height: number;
  baseline: { x: number; y1: number; y2: number };
  rows: BarRow[];
  hasRanges: boolean;
}

/** Lays out horizontal bars, a label above each, the value (or every conflicting value) at its end. */
export function layoutBars(chart: BarChart, variant: Variant, sourceName: (id: string) => string = (id) => id): BarScene {
  const width = defaults.widths[variant];
  const { top, left, right, bottom } = defaults.margin;
  const percent = chart.unit === '%' ? '%' : '';
  // Sources that agree are named once in the label; the table and tooltip still list each of them.
  const valueTexts = chart.bars.map((bar) =>
    [...new Set(bar.reports.map((r) => shortQualified(r.value, r.qualifier) + percent))].join(' or '),
  );
  const valueWidth = Math.max(...valueTexts.map((text) => estimateTextWidth(text, defaults.fontSize)));
  const maxValue = Math.max(...chart.bars.map((bar) => reportRange(bar).max));
  const x = scaleLinear()
    .domain([0, chart.unit === '%' ? Math.max(100, maxValue) : maxValue || 1])
    .range([left, width - right - valueWidth - layout.valueGap]);

  let cursor = top;
  const rows = chart.bars.map((bar, index): BarRow => {
    const lines = wrapText(bar.label, defaults.fontSize, width - left - right);
    const labelY = cursor;
    const barY = labelY + lines.length * defaults.lineHeight + layout.labelGap;
    cursor = barY + layout.barHeight + layout.rowGap;
    const { min, max, conflicting } = reportRange(bar);
    const start = round(x(min));
    const end = round(x(max));
    const reportTips = bar.reports.map(
      (r) => `${bar.label}: ${describeQualified(r.value, r.qualifier, chart.unit)} (${sourceName(r.source)})`,
    );
    return {
      label: { x: left, y: round(labelY), lines },
      bar: { x: left, y: round(barY), width: round(start - left), height: layout.barHeight },
      range: conflicting && max > min ? { x: start, y: round(barY), width: round(end - start), height: layout.barHeight } : null,
      reports: conflicting
        ? bar.reports.map((r, i) => ({
            x: round(x(r.value)),
            y1: round(barY - layout.tickLength / 2),
            y2: round(barY + layout.barHeight + layout.tickLength / 2),
            tip: reportTips[i]!,
          }))
        : [],
      value: { x: round(end + layout.valueGap), y: round(barY + layout.barHeight / 2), text: valueTexts[index]! },
      tip: reportTips.join('; '),
    };
  });
  const plotBottom = cursor - layout.rowGap;
  return {
    width,
    height: round(plotBottom + bottom / 2),
    baseline: { x: left, y1: top, y2: round(plotBottom) },
    rows,
    hasRanges: rows.some((row) => row.reports.length > 0),
  };
}
