import { scaleLinear } from 'd3';
import { defaults, round, type Variant } from '../../defaults';
import { LabelPlacer } from '../../labels';
import { wrapText } from '../../text-width';
import type { ChartContext } from '../../types';
import { openDirection, type BarModel, type OpenDirection } from './model';

const layout = { barHeight: 20, rowGap: 16, labelGap: 4, valueGap: 10, tickLength: 8, arrow: 5, axisGap: 6, axisTick: 4 };

/**
 * The mark for one report on a bar whose sources differ: a tick at the reported value, and for a
 * bound ("more than 650") an arrowhead on the tick pointing the way the true value may lie. The
 * chart and its key draw it with this one function, so the key shows exactly what the chart shows.
 */
export function reportGlyph(x: number, y1: number, y2: number, open: OpenDirection): { tick: string; arrow: string | null } {
  const tick = `M${round(x)},${round(y1)}V${round(y2)}`;
  if (!open) return { tick, arrow: null };
  const sign = open === 'right' ? 1 : -1;
  const a = layout.arrow;
  return { tick, arrow: `M${round(x + sign)},${round(y1 - a)}L${round(x + sign * (a + 2))},${round(y1)}L${round(x + sign)},${round(y1 + a)}Z` };
}

/** Diagonal hatching clipped to a box, as one path: the range between differing reports, in the chart and its key. */
export function hatchPath(x: number, y: number, width: number, height: number, step = 5): string {
  const segments: string[] = [];
  for (let k = x + y + step / 2; k < x + width + y + height; k += step) {
    const [from, to] = [Math.max(x, k - y - height), Math.min(x + width, k - y)];
    if (to > from) segments.push(`M${round(from)},${round(k - from)}L${round(to)},${round(k - to)}`);
  }
  return segments.join('');
}

export interface BarRow {
  label: { x: number; y: number; lines: string[]; lineHeight: number };
  /** For shares of a whole: the 0–100% track the bar sits on. */
  track: { x: number; y: number; width: number; height: number } | null;
  /** The solid bar from zero to the smallest reported value. */
  bar: { x: number; y: number; width: number; height: number };
  /** The span between the smallest and largest reported values, drawn hatched; null when all agree. */
  range: { x: number; y: number; width: number; height: number; hatch: string } | null;
  /** One glyph per report where the sources differ, so each source's figure stays visible. */
  reports: { x: number; open: OpenDirection; tick: string; arrow: string | null }[];
  value: { x: number; y: number; text: string };
  tip: string;
}

export interface BarScene {
  width: number;
  height: number;
  baseline: { x: number; y1: number; y2: number };
  /** The share scale under a chart of percentages: 0, 25, 50, 75, 100%. */
  axis: { y: number; x1: number; x2: number; ticks: { x: number; label: string; labelY: number }[] } | null;
  rows: BarRow[];
}

/**
 * Lays out horizontal bars, a label above each and the value (or every differing value) beside it.
 * Shares of a whole (unit %) sit on a 0–100% track with its scale, so a bar is read against the whole.
 */
export function layoutBars(model: BarModel, variant: Variant, { locale, measure }: ChartContext): BarScene {
  const width = defaults.widths[variant];
  const { top, left, right, bottom } = defaults.margin;
  const share = model.spec.unit === '%';
  const valueWidth = Math.max(...model.bars.map((bar) => measure.width(bar.valueText, defaults.fontSize, true)));
  const end = width - right - valueWidth - layout.valueGap;
  const x = scaleLinear()
    .domain([0, share ? 100 : model.maxValue || 1])
    .range([left, end]);
  const placer = new LabelPlacer({ x: 0, y: 0, width, height: Infinity }, measure);

  let cursor = top;
  const rows = model.bars.map((bar): BarRow => {
    const lines = wrapText(bar.label, defaults.fontSize, width - left - right, measure);
    const label = placer.place({ lines, size: defaults.fontSize, lineHeight: defaults.lineHeight }, [
      { x: left, y: cursor + measure.ascent * defaults.fontSize, anchor: 'start' },
    ])!;
    const barY = round(label.box.y + label.box.height + layout.labelGap + layout.tickLength / 2);
    cursor = barY + layout.barHeight + layout.tickLength / 2 + layout.rowGap;
    const [start, stop] = [round(x(bar.min)), round(x(bar.max))];
    // The value sits after the bar, or after the track for a share, in a column the width of the longest value.
    const valueX = round((share ? end : stop) + layout.valueGap);
    const valueY = round(barY + layout.barHeight / 2 + defaults.fontSize * 0.33);
    placer.place({ lines: [bar.valueText], size: defaults.fontSize, bold: true }, [{ x: valueX, y: valueY, anchor: 'start' }]);
    const [tickTop, tickBottom] = [barY - layout.tickLength / 2, barY + layout.barHeight + layout.tickLength / 2];
    return {
      label: { x: left, y: label.y, lines, lineHeight: defaults.lineHeight },
      track: share ? { x: left, y: barY, width: round(end - left), height: layout.barHeight } : null,
      bar: { x: left, y: barY, width: round(start - left), height: layout.barHeight },
      range: bar.hasRange
        ? { x: start, y: barY, width: round(stop - start), height: layout.barHeight, hatch: hatchPath(start, barY, stop - start, layout.barHeight) }
        : null,
      reports: bar.conflicting
        ? bar.reports.map((r) => {
            const open = openDirection(r.qualifier);
            return { x: round(x(r.value)), open, ...reportGlyph(x(r.value), tickTop, tickBottom, open) };
          })
        : [],
      value: { x: valueX, y: valueY, text: bar.valueText },
      tip: bar.tip,
    };
  });
  const plotBottom = cursor - layout.rowGap;
  const axisY = round(plotBottom + layout.axisGap);
  const labelY = round(axisY + layout.axisTick + defaults.smallFontSize);
  return {
    width,
    height: round(share ? labelY + bottom / 2 : plotBottom + bottom / 2),
    // The baseline runs along the bars only, never through the labels above them.
    baseline: { x: left, y1: rows[0]!.bar.y - layout.tickLength / 2, y2: round(plotBottom) },
    axis: share
      ? {
          y: axisY,
          x1: left,
          x2: round(end),
          // Every quarter where there is room; a phone keeps 0, 50 and 100%.
          ticks: (variant === 'narrow' ? [0, 50, 100] : [0, 25, 50, 75, 100]).map((value) => ({
            x: round(x(value)),
            label: locale.withUnit(locale.number(value), '%'),
            labelY,
          })),
        }
      : null,
    rows,
  };
}
