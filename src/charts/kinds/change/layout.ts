import { scaleLinear } from 'd3';
import { defaults, round, type Variant } from '../../defaults';
import { estimateTextWidth, wrapText } from '../../text-width';
import type { ChartContext } from '../../types';
import type { ChangeModel } from './model';

const layout = { labelGap: 6, track: 8, endGap: 10, arrow: 7, dot: 5, tickLength: 5 };

interface EndLabel {
  x: number;
  anchor: 'start' | 'middle' | 'end';
  value: string;
  date: string;
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

/** Keeps an end label inside the frame: centred under its point unless that would cross an edge. */
function endLabel(x: number, texts: string[], left: number, right: number): Pick<EndLabel, 'x' | 'anchor'> {
  const half = Math.max(...texts.map((text) => estimateTextWidth(text, defaults.fontSize))) / 2;
  if (x - half < left) return { x: left, anchor: 'start' };
  if (x + half > right) return { x: right, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/** Lays out each change as an arrow between its two values on a shared scale, values and dates beneath. */
export function layoutChange(model: ChangeModel, variant: Variant, { locale }: ChartContext): ChangeScene {
  const width = defaults.widths[variant];
  const { top, left, right, bottom } = defaults.margin;
  const x = scaleLinear().domain([model.minValue, model.maxValue || 1]).nice().range([left + layout.dot, width - right - layout.dot]);
  let cursor = top;
  const rows = model.items.map((item): ChangeRow => {
    const lines = wrapText(item.label, defaults.fontSize, width - left - right);
    const labelY = cursor;
    const y = labelY + lines.length * defaults.lineHeight + layout.labelGap + layout.track;
    const valueY = y + layout.endGap + defaults.fontSize;
    const dateY = valueY + defaults.lineHeight;
    cursor = dateY + defaults.lineHeight;
    const [x1, x2] = [round(x(item.from.value)), round(x(item.to.value))];
    const direction = Math.sign(x2 - x1) || 1;
    const head = x2 - direction * layout.arrow;
    let fromLabel = endLabel(x1, [item.from.valueText, item.from.shortDate], 0, width);
    let toLabel = endLabel(x2, [item.to.valueText, item.to.shortDate], 0, width);
    // Ends too close for two labels side by side: each label leans away from the other.
    const fromWidth = Math.max(estimateTextWidth(item.from.valueText, defaults.fontSize), estimateTextWidth(item.from.shortDate, defaults.smallFontSize));
    const toWidth = Math.max(estimateTextWidth(item.to.valueText, defaults.fontSize), estimateTextWidth(item.to.shortDate, defaults.smallFontSize));
    if (Math.abs(x2 - x1) < (fromWidth + toWidth) / 2 + defaults.labelGap * 2) {
      fromLabel = direction > 0 ? { x: x1, anchor: 'end' } : { x: x1, anchor: 'start' };
      toLabel = direction > 0 ? { x: x2, anchor: 'start' } : { x: x2, anchor: 'end' };
    }
    return {
      label: { x: left, y: round(labelY), lines, lineHeight: defaults.lineHeight },
      y: round(y),
      from: { x: x1, r: layout.dot, label: { ...fromLabel, value: item.from.valueText, date: item.from.shortDate } },
      to: { x: x2, label: { ...toLabel, value: item.to.valueText, date: item.to.shortDate } },
      shaft: `M${x1},${round(y)}H${round(head)}`,
      arrowhead: `M${round(head)},${round(y - layout.arrow / 1.4)}L${x2},${round(y)}L${round(head)},${round(y + layout.arrow / 1.4)}Z`,
      valueY: round(valueY),
      dateY: round(dateY),
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
    const half = estimateTextWidth(label, defaults.smallFontSize) / 2;
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
