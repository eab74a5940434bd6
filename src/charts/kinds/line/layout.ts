import { line as d3Line, scaleLinear, scaleUtc } from 'd3';
import { parseDay } from '../../../i18n/locale';
import type { Box } from '../../boxes';
import { defaults, round, type Variant } from '../../defaults';
import { LabelPlacer, type LabelCandidate } from '../../labels';
import { timeTicks } from '../../time-ticks';
import { wrapText } from '../../text-width';
import type { ChartContext } from '../../types';
import type { LineModel } from './model';

const layout = { plotHeight: { narrow: 190, medium: 220, wide: 260 }, pointRadius: 4, tickLength: 5, tickLabelGap: 6, xLabelOffset: 18 };

export interface LineScene {
  width: number;
  height: number;
  plot: Box;
  xTicks: { x: number; label: string; y1: number; y2: number; labelY: number }[];
  yTicks: { y: number; label: string; labelX: number; labelY: number }[];
  series: {
    label: string;
    path: string;
    /** Dashed: only the points are reported, the line between them is a straight join. */
    interpolated: boolean;
    points: { x: number; y: number; r: number; tip: string }[];
    endLabel: { x: number; y: number; text: string; anchor: 'start' | 'end' };
  }[];
  annotations: {
    x: number;
    /** A span's far end, where the note is about a span of dates: shaded from x to x2. */
    x2?: number;
    y1: number;
    y2: number;
    label: { x: number; y: number; lines: string[]; lineHeight: number; anchor: 'start' | 'middle' | 'end' };
  }[];
}

/** Lays out a quantity over time: value axis from zero, dated annotations stacked so labels never meet. */
export function layoutLine(model: LineModel, variant: Variant, { locale, measure }: ChartContext): LineScene {
  const width = defaults.widths[variant];
  const { unit } = model.spec;
  const { top, right, bottom, left } = defaults.margin;
  const allPoints = model.series.flatMap((s) => s.points);
  const dates = [...allPoints.map((p) => p.date), ...model.annotations.flatMap((a) => (a.until ? [a.date, a.until] : [a.date]))].map(parseDay);
  const maxValue = Math.max(...allPoints.map((p) => p.value), 0);
  const y = scaleLinear()
    .domain([0, maxValue || 1])
    .nice();
  const yTickValues = y.ticks(4);
  const yLabelWidth = Math.max(...yTickValues.map((v) => measure.width(locale.withUnit(locale.number(v), unit), defaults.smallFontSize)));
  const endWidth = Math.max(...model.series.map((s) => measure.width(s.endText, defaults.fontSize, true)));

  const plotLeft = round(left + yLabelWidth + 8);
  const plotRight = width - right - Math.min(endWidth + 8, width / 3);
  const x = scaleUtc()
    .domain([Math.min(...dates.map(Number)), Math.max(...dates.map(Number))].map((n) => new Date(n)))
    .range([plotLeft, plotRight]);
  // Annotation labels sit above the plot in rows, each as near its rule as the shared placer allows.
  const lh = defaults.lineHeight;
  const placer = new LabelPlacer({ x: 0, y: 0, width, height: Infinity }, measure);
  const placed = model.annotations.map((annotation) => {
    const ax = x(parseDay(annotation.date));
    const lines = wrapText(annotation.text, defaults.smallFontSize, width - left - right, measure);
    const textWidth = Math.max(...lines.map((line) => measure.width(line, defaults.smallFontSize)));
    // To the right of its rule, else to the left, else shifted to fit: never past the edges.
    const anchor: 'start' | 'end' = ax + textWidth <= width - right || ax - textWidth < left ? 'start' : 'end';
    const labelX = anchor === 'end' ? ax : Math.max(left, Math.min(ax, width - right - textWidth));
    // Each row's rule runs down from the label to the plot: as a leader, it may cross no other label.
    const rule = { x: ax, y: top + 10_000 };
    const rows: LabelCandidate[] = Array.from({ length: 8 }, (_, row) => ({
      x: labelX,
      y: top + row * (lh + 2) + measure.ascent * defaults.smallFontSize,
      anchor,
      leader: rule,
    }));
    const label = placer.place({ lines, size: defaults.smallFontSize, lineHeight: lh }, rows)!;
    return { ax, ax2: annotation.until ? x(parseDay(annotation.until)) : undefined, label, box: label.box as Box };
  });
  const placedBoxes = placed.map((a) => a.box);
  // Room for the annotations, plus half a line so the top tick and end label clear them.
  const annotationBottom = Math.max(top, ...placedBoxes.map((box) => box.y + box.height));
  const plotTop = annotationBottom + (placedBoxes.length ? 6 : 0) + defaults.fontSize / 2;
  const plotBottom = plotTop + layout.plotHeight[variant];
  y.range([plotBottom, plotTop]);

  const lineOf = d3Line<{ date: string; value: number }>()
    .x((p) => round(x(parseDay(p.date))))
    .y((p) => round(y(p.value)));

  const [start, end] = x.domain() as [Date, Date];
  // Tick labels are optional: one that would touch its neighbour or leave the frame is left out.
  const ticks = new LabelPlacer({ x: 0, y: 0, width, height: Infinity }, measure, 8);
  const xTicks = timeTicks(start, end, defaults.tickCount[variant], locale).flatMap((tick) => {
    const tickX = round(x(tick.date));
    const labelY = round(plotBottom + layout.xLabelOffset);
    return ticks.place({ lines: [tick.label], size: defaults.smallFontSize }, [{ x: tickX, y: labelY, anchor: 'middle' }], { optional: true })
      ? [{ x: tickX, label: tick.label, y1: round(plotBottom), y2: round(plotBottom + layout.tickLength), labelY }]
      : [];
  });
  const unitSuffix = unit === '%' ? locale.withUnit('', '%') : '';

  return {
    width,
    height: round(plotBottom + bottom),
    plot: { x: plotLeft, y: round(plotTop), width: round(plotRight - plotLeft), height: layout.plotHeight[variant] },
    xTicks,
    // The top tick names the unit ("12 km"), so the axis reads without the caption.
    yTicks: yTickValues.map((v, i) => {
      const tickY = round(y(v));
      const label = i === yTickValues.length - 1 && unit && unit !== '%' ? locale.withUnit(locale.number(v), unit) : locale.number(v) + unitSuffix;
      return { y: tickY, label, labelX: plotLeft - layout.tickLabelGap, labelY: tickY + 4 };
    }),
    series: model.series.map((s) => {
      const lastPoint = s.points.at(-1)!;
      return {
        label: s.label,
        path: lineOf(s.points) ?? '',
        interpolated: s.interpolated,
        points: s.points.map((p) => ({ x: round(x(parseDay(p.date))), y: round(y(p.value)), r: layout.pointRadius, tip: p.tip })),
        endLabel: { x: round(x(parseDay(lastPoint.date)) + 8), y: round(y(lastPoint.value)) + 4, text: s.endText, anchor: 'start' },
      };
    }),
    annotations: placed.map((a) => ({
      x: round(a.ax),
      ...(a.ax2 === undefined ? {} : { x2: round(a.ax2) }),
      y1: round(a.box.y + a.box.height + 2),
      y2: round(plotBottom),
      label: { x: a.label.x, y: a.label.y, lines: a.label.lines, lineHeight: lh, anchor: a.label.anchor },
    })),
  };
}
