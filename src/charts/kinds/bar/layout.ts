import { scaleLinear } from 'd3';
import { defaults, round, type Variant } from '../../defaults';
import { estimateTextWidth, wrapText } from '../../text-width';
import { openDirection, type BarModel, type OpenDirection } from './model';

const layout = { barHeight: 20, rowGap: 14, labelGap: 4, valueGap: 12, tickLength: 8, chevron: { inset: 3, depth: 4, half: 4 } };

export interface BarRow {
  label: { x: number; y: number; lines: string[]; firstBaseline: number; lineHeight: number };
  /** The solid bar from zero to the smallest reported value. */
  bar: { x: number; y: number; width: number; height: number };
  /** The span between the smallest and largest reported values, drawn hatched; null when all agree. */
  range: { x: number; y: number; width: number; height: number } | null;
  /**
   * One tick per report, so each source's figure stays visible; `open` marks a figure that is a
   * bound ("more than 650"): a chevron points the way the true value may lie.
   */
  reports: { x: number; y1: number; y2: number; open: OpenDirection; chevron: string | null }[];
  value: { x: number; y: number; text: string };
  tip: string;
}

export interface BarScene {
  width: number;
  height: number;
  baseline: { x: number; y1: number; y2: number };
  rows: BarRow[];
}

/** A small chevron at the top of a report's tick, pointing the way a bound leaves the true value open. */
function chevronPath(x: number, y: number, direction: 'right' | 'left'): string {
  const sign = direction === 'right' ? 1 : -1;
  const { inset, depth, half } = layout.chevron;
  return `M${x + inset * sign},${y - half}L${x + (inset + depth) * sign},${y}L${x + inset * sign},${y + half}`;
}

/** Lays out horizontal bars, a label above each, the value (or every conflicting value) at its end. */
export function layoutBars(model: BarModel, variant: Variant): BarScene {
  const width = defaults.widths[variant];
  const { top, left, right, bottom } = defaults.margin;
  const valueWidth = Math.max(...model.bars.map((bar) => estimateTextWidth(bar.valueText, defaults.fontSize)));
  const x = scaleLinear()
    .domain([0, model.spec.unit === '%' ? Math.max(100, model.maxValue) : model.maxValue || 1])
    .range([left, width - right - valueWidth - layout.valueGap]);

  let cursor = top;
  const rows = model.bars.map((bar): BarRow => {
    const lines = wrapText(bar.label, defaults.fontSize, width - left - right);
    const labelY = cursor;
    const barY = labelY + lines.length * defaults.lineHeight + layout.labelGap;
    cursor = barY + layout.barHeight + layout.rowGap;
    const start = round(x(bar.min));
    const end = round(x(bar.max));
    return {
      label: { x: left, y: round(labelY), lines, firstBaseline: 14, lineHeight: defaults.lineHeight },
      bar: { x: left, y: round(barY), width: round(start - left), height: layout.barHeight },
      range: bar.hasRange ? { x: start, y: round(barY), width: round(end - start), height: layout.barHeight } : null,
      reports: bar.conflicting
        ? bar.reports.map((r) => {
            const tickX = round(x(r.value));
            const y1 = round(barY - layout.tickLength / 2);
            const open = openDirection(r.qualifier);
            return { x: tickX, y1, y2: round(barY + layout.barHeight + layout.tickLength / 2), open, chevron: open && chevronPath(tickX, y1, open) };
          })
        : [],
      value: { x: round(end + layout.valueGap), y: round(barY + layout.barHeight / 2 + 5), text: bar.valueText },
      tip: bar.tip,
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
