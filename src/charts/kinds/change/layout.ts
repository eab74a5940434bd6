import { scaleLinear } from 'd3';
import { defaults, round, type Variant } from '../../defaults';
import { LabelPlacer, type LabelCandidate } from '../../labels';
import { wrapText } from '../../text-width';
import type { ChartContext } from '../../types';
import type { ChangeModel } from './model';

const layout = { labelGap: 10, track: 8, endGap: 8, arrow: 7, dot: 5, tickLength: 5, rowGap: 10 };

interface EndLabel {
  x: number;
  anchor: 'start' | 'middle' | 'end';
  value: string;
  date: string;
  bottom: number;
}

export interface ChangeRow {
  label: { x: number; y: number; lines: string[]; lineHeight: number };
  y: number;
  from: { x: number; r: number; label: EndLabel };
  to: { x: number; label: EndLabel };
  /** The shaft from the earlier value to the arrowhead. */
  shaft: string;
  arrowhead: string;
  /** Baselines of the value and date lines under the track. */
  valueY: number;
  dateY: number;
  tip: string;
}

export interface ChangeScene {
  width: number;
  height: number;
  rows: ChangeRow[];
  axis: { x1: number; x2: number; y: number; tickLength: number; labelY: number; ticks: { x: number; label: string }[] };
}

/** Lays out each change as an arrow between its two values on a shared scale, values and dates beneath. */
export function layoutChange(model: ChangeModel, variant: Variant, { locale, measure }: ChartContext): ChangeScene {
  const width = defaults.widths[variant];
  const { top, left, right, bottom } = defaults.margin;
  const x = scaleLinear()
    .domain([model.minValue, model.maxValue || 1])
    .nice()
    .range([left + layout.dot, width - right - layout.dot]);
  const placer = new LabelPlacer({ x: 0, y: 0, width, height: Infinity }, measure);
  /** An end's value and date under the track: centred on its point, or leaning away from the other end. */
  const endCandidates = (x: number, valueY: number, lean: 'start' | 'end'): LabelCandidate[] => [
    { x, y: valueY, anchor: 'middle' },
    { x, y: valueY, anchor: lean },
    { x: lean === 'start' ? x - layout.dot : x + layout.dot, y: valueY, anchor: lean },
  ];
  let cursor = top;
  const rows = model.items.map((item): ChangeRow => {
    const lines = wrapText(item.label, defaults.fontSize, width - left - right, measure);
    const label = placer.place({ lines, size: defaults.fontSize, lineHeight: defaults.lineHeight }, [
      { x: left, y: cursor + measure.ascent * defaults.fontSize, anchor: 'start' },
    ])!;
    const y = label.box.y + label.box.height + layout.labelGap + layout.track;
    const [x1, x2] = [round(x(item.from.value)), round(x(item.to.value))];
    const direction = Math.sign(x2 - x1) || 1;
    const head = x2 - direction * layout.arrow;
    placer.avoid({ x: Math.min(x1, x2) - layout.dot, y: y - layout.dot, width: Math.abs(x2 - x1) + 2 * layout.dot, height: 2 * layout.dot, kind: 'mark' });
    const valueY = y + layout.endGap + measure.ascent * defaults.fontSize;
    const endLabel = (point: typeof item.from, at: number, lean: 'start' | 'end') => {
      const placed = placer.place(
        { lines: [point.valueText, point.shortDate], size: defaults.fontSize, bold: true, lineHeight: defaults.lineHeight },
        endCandidates(at, valueY, lean),
      )!;
      return { x: placed.x, anchor: placed.anchor, value: point.valueText, date: point.shortDate, bottom: placed.box.y + placed.box.height };
    };
    const to = endLabel(item.to, x2, direction > 0 ? 'end' : 'start');
    const from = endLabel(item.from, x1, direction > 0 ? 'start' : 'end');
    cursor = Math.max(from.bottom, to.bottom) + layout.rowGap;
    return {
      label: { x: left, y: label.y, lines, lineHeight: defaults.lineHeight },
      y: round(y),
      from: { x: x1, r: layout.dot, label: from },
      to: { x: x2, label: to },
      shaft: `M${x1},${round(y)}H${round(head)}`,
      arrowhead: `M${round(head)},${round(y - layout.arrow / 1.4)}L${x2},${round(y)}L${round(head)},${round(y + layout.arrow / 1.4)}Z`,
      valueY: round(valueY),
      dateY: round(valueY + defaults.lineHeight),
      tip: `${item.label}: ${item.from.valueText} (${item.from.longDate}) → ${item.to.valueText} (${item.to.longDate})`,
    };
  });
  const axisY = round(cursor);
  // Tick labels centred on their ticks, each kept only if it clears the one before and the frame.
  const values = x.ticks(defaults.tickCount[variant]);
  const ticks: { x: number; label: string }[] = [];
  let lastEnd = -Infinity;
  for (const [index, value] of values.entries()) {
    const label = index === values.length - 1 ? locale.withUnit(locale.number(value), model.unit) : locale.number(value);
    const half = measure.width(label, defaults.smallFontSize) / 2;
    const tickX = round(x(value));
    if (tickX - half < Math.max(0, lastEnd + 8) || tickX + half > width) continue;
    ticks.push({ x: tickX, label });
    lastEnd = tickX + half;
  }
  const labelY = round(axisY + layout.tickLength + defaults.smallFontSize + 2);
  return {
    width,
    height: round(labelY + bottom / 2),
    rows,
    axis: { x1: round(x.range()[0]! - layout.dot), x2: round(x.range()[1]! + layout.dot), y: axisY, tickLength: layout.tickLength, labelY, ticks },
  };
}
