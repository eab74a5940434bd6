import { scaleLinear } from 'd3';
import type { Bar, BarChart } from '../schemas/charts/bar';
import { defaults, round, type Variant } from './defaults';
import { describeQualified, shortQualified, withUnit } from './format';
import { estimateTextWidth, wrapText } from './text-width';

const layout = { barHeight: 20, rowGap: 14, labelGap: 4, valueGap: 12, tickLength: 8 };

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
  /**
   * One tick per report, so each source's figure stays visible; `open` marks a figure that is a
   * bound ("more than 650"): a chevron points the way the true value may lie.
   */
  reports: { x: number; y1: number; y2: number; open: 'right' | 'left' | null; chevron: string | null }[];
  value: { x: number; y: number; text: string };
  /** Every report in words with its source: the bar's tooltip and accessible name. */
  tip: string;
}

const openDirection = (qualifier: Bar['reports'][number]['qualifier']) =>
  qualifier === 'more-than' || qualifier === 'at-least' ? 'right' : qualifier === 'under' || qualifier === 'up-to' ? 'left' : null;

/** A small chevron at the top of a report's tick, pointing the way a bound leaves the true value open. */
function chevronPath(x: number, y: number, direction: 'right' | 'left'): string {
  const sign = direction === 'right' ? 1 : -1;
  return `M${x + 3 * sign},${y - 4}L${x + 7 * sign},${y}L${x + 3 * sign},${y + 4}`;
}

/** The unit of a bar: its own, else the chart's. */
export const barUnit = (bar: Bar, chart: BarChart) => bar.unit ?? chart.unit;

/** Whether any bar draws a range: the key explains one only when it is there. */
export const hasRange = (chart: BarChart) =>
  chart.bars.some((bar) => {
    const { min, max, conflicting } = reportRange(bar);
    return conflicting && max > min;
  });

export interface BarScene {
  width: number;
  height: number;
  baseline: { x: number; y1: number; y2: number };
  rows: BarRow[];
}

/** Lays out horizontal bars, a label above each, the value (or every conflicting value) at its end. */
export function layoutBars(chart: BarChart, variant: Variant, sourceName: (id: string) => string = (id) => id): BarScene {
  const width = defaults.widths[variant];
  const { top, left, right, bottom } = defaults.margin;
  // Sources that agree are named once in the label; the table and tooltip still list each of them.
  const valueTexts = chart.bars.map((bar) =>
    withUnit([...new Set(bar.reports.map((r) => shortQualified(r.value, r.qualifier)))].join(' or '), barUnit(bar, chart)),
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
      (r) => `${bar.label}: ${describeQualified(r.value, r.qualifier, barUnit(bar, chart))} (${sourceName(r.source)})`,
    );
    return {
      label: { x: left, y: round(labelY), lines },
      bar: { x: left, y: round(barY), width: round(start - left), height: layout.barHeight },
      range: conflicting && max > min ? { x: start, y: round(barY), width: round(end - start), height: layout.barHeight } : null,
      reports: conflicting
        ? bar.reports.map((r) => {
            const tickX = round(x(r.value));
            const y1 = round(barY - layout.tickLength / 2);
            const open = openDirection(r.qualifier);
            return { x: tickX, y1, y2: round(barY + layout.barHeight + layout.tickLength / 2), open, chevron: open && chevronPath(tickX, y1, open) };
          })
        : [],
      value: { x: round(end + layout.valueGap), y: round(barY + layout.barHeight / 2), text: valueTexts[index]! },
      tip: reportTips.join('; '),
    };
  });
  const plotBottom = cursor - layout.rowGap;
  return {
    width,
    height: round(plotBottom + bottom / 2),
    // The baseline runs along the bars only, never through the labels above them.
    baseline: { x: left, y1: rows[0]!.bar.y, y2: round(plotBottom) },
    rows,
  };
}
