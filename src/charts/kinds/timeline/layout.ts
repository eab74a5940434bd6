import { scaleUtc } from 'd3';
import { parseDay } from '../../../i18n/locale';
import { dodge } from '../../boxes';
import { defaults, round, type Variant } from '../../defaults';
import { timeTicks } from '../../time-ticks';
import { estimateTextWidth, wrapText } from '../../text-width';
import type { ChartContext } from '../../types';
import type { MarkKind, TimelineModel } from './model';

const layout = {
  /** The narrowest tick column, so the axis never hugs the left edge. */
  minTickColumn: 40,
  /** The status symbol sits this far right of the axis, the label text beyond it. */
  markOffset: 24,
  labelOffset: 38,
  markerRadius: 6,
  dotRadius: 3,
  /** Vertical room per event before labels are dodged apart. */
  spacing: 46,
  /** Baseline of the date line below the top of its label block. */
  firstBaseline: 12,
  tickLength: 5,
  tickLabelGap: 8,
};

export interface TimelineMark {
  /** The event's true date on the axis. */
  dot: { x: number; y: number; r: number };
  /** The status symbol, beside the label's first line (labels are moved apart, dates never are). */
  x: number;
  y: number;
  r: number;
  mark: MarkKind;
  /** Text for the tooltip: date, label, status, note. */
  tip: string;
  label: { x: number; y: number; firstBaseline: number; date: string; status: string[]; lines: string[]; lineHeight: number };
  /** Connector from the mark to its label block, as an SVG path. */
  connector: string;
}

export interface TimelineScene {
  width: number;
  height: number;
  axis: { x: number; y1: number; y2: number };
  ticks: { y: number; label: string; x1: number; x2: number; labelX: number; labelY: number }[];
  marks: TimelineMark[];
}

/** Lays out a vertical timeline: time flows down, labels sit right of the axis and never overlap. */
export function layoutTimeline(model: TimelineModel, variant: Variant, { locale }: ChartContext): TimelineScene {
  const width = defaults.widths[variant];
  const { top, bottom, right } = defaults.margin;
  const { events } = model;
  const first = parseDay(events[0]!.date);
  const last = parseDay(events.at(-1)!.date);
  const span = Math.max(events.length - 1, 1) * layout.spacing;
  const y = scaleUtc()
    .domain(first.getTime() === last.getTime() ? [new Date(first.getTime() - 864e5), new Date(last.getTime() + 864e5)] : [first, last])
    .range([top + defaults.lineHeight, top + defaults.lineHeight + span]);
  const [start, end] = y.domain() as [Date, Date];
  // Ticks first: the axis sits just right of the widest tick label.
  const ticks = timeTicks(start, end, Math.max(2, Math.floor(span / (2 * defaults.lineHeight))), locale).map((tick) => ({
    y: round(y(tick.date)),
    label: tick.label,
  }));
  const widestTick = Math.max(0, ...ticks.map((tick) => estimateTextWidth(tick.label, defaults.smallFontSize)));
  const axisX = round(Math.min(Math.max(widestTick + 14, layout.minTickColumn), width * 0.3));
  const labelX = axisX + layout.labelOffset;
  const labelWidth = width - labelX - right;

  const blocks = events.map((event) => {
    const lines = wrapText(event.label, defaults.fontSize, labelWidth);
    const statusLines = event.showStatus ? wrapText(event.statusText, defaults.smallFontSize, labelWidth) : [];
    // Date line + status lines + label lines.
    const size = (1 + statusLines.length + lines.length) * defaults.lineHeight;
    return { event, lines, statusLines, size, markY: y(parseDay(event.date)) };
  });
  const starts = dodge(
    blocks.map((block) => ({ start: block.markY - defaults.lineHeight / 2 - 4, size: block.size })),
    defaults.labelGap * 2,
    top,
  );

  const marks = blocks.map((block, index): TimelineMark => {
    const start = starts[index]!;
    const { event } = block;
    const anchorY = round(start + defaults.lineHeight / 2 + 4);
    return {
      dot: { x: axisX, y: round(block.markY), r: layout.dotRadius },
      x: axisX + layout.markOffset,
      y: anchorY,
      r: layout.markerRadius,
      mark: event.mark,
      tip: [event.shortDate, event.label, event.statusText, event.note].filter(Boolean).join(locale.t.chart.tipSeparator),
      label: {
        x: labelX,
        y: round(start),
        firstBaseline: layout.firstBaseline,
        date: event.shortDate,
        status: block.statusLines,
        lines: block.lines,
        lineHeight: defaults.lineHeight,
      },
      connector: `M${axisX + layout.dotRadius},${round(block.markY)}L${axisX + layout.markOffset - layout.markerRadius - 2},${anchorY}`,
    };
  });

  const plotBottom = Math.max(y.range()[1]!, ...marks.map((m, i) => m.label.y + blocks[i]!.size));
  return {
    width,
    height: round(plotBottom + bottom),
    axis: { x: axisX, y1: top, y2: round(plotBottom) },
    ticks: ticks
      .filter((tick, i) => i === 0 || tick.y - ticks[i - 1]!.y >= defaults.lineHeight + 2)
      .map((tick) => ({ ...tick, x1: axisX - layout.tickLength, x2: axisX, labelX: axisX - layout.tickLabelGap, labelY: tick.y + 4 })),
    marks,
  };
}
