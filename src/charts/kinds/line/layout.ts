import { line as d3Line, scaleLinear, scaleUtc } from 'd3';
import { parseDay } from '../../../i18n/locale';
import { overlaps, type Box } from '../../boxes';
import { defaults, round, type Variant } from '../../defaults';
import { timeTicks } from '../../time-ticks';
import { estimateTextWidth, wrapText } from '../../text-width';
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
  annotations: { x: number; y1: number; y2: number; label: { x: number; y: number; lines: string[]; lineHeight: number; anchor: 'start' | 'end' } }[];
}

/** Keeps the ticks whose labels (centred on x) do not collide with the previous kept one. */
function spacedTicks(ticks: { x: number; label: string }[], fontSize: number, min: number, max: number) {
  const kept: { x: number; label: string }[] = [];
  let lastEnd = -Infinity;
  for (const tick of ticks) {
    const half = estimateTextWidth(tick.label, fontSize) / 2;
    if (tick.x - half < lastEnd + 8 || tick.x - half < min || tick.x + half > max) continue;
    kept.push(tick);
    lastEnd = tick.x + half;
  }
  return kept;
}

/** Lays out a quantity over time: value axis from zero, dated annotations stacked so labels never meet. */
export function layoutLine(model: LineModel, variant: Variant, { locale }: ChartContext): LineScene {
  const width = defaults.widths[variant];
  const { unit } = model.spec;
  const { top, right, bottom, left } = defaults.margin;
  const allPoints = model.series.flatMap((s) => s.points);
  const dates = [...allPoints.map((p) => p.date), ...model.annotations.map((a) => a.date)].map(parseDay);
  const maxValue = Math.max(...allPoints.map((p) => p.value), 0);
  const y = scaleLinear().domain([0, maxValue || 1]).nice();
  const yTickValues = y.ticks(4);
  const yLabelWidth = Math.max(...yTickValues.map((v) => estimateTextWidth(locale.withUnit(locale.number(v), unit), defaults.smallFontSize)));
  const endWidth = Math.max(...model.series.map((s) => estimateTextWidth(s.endText, defaults.fontSize)));

  const plotLeft = round(left + yLabelWidth + 8);
  const plotRight = width - right - Math.min(endWidth + 8, width / 3);
  const x = scaleUtc()
    .domain([Math.min(...dates.map(Number)), Math.max(...dates.map(Number))].map((n) => new Date(n)))
    .range([plotLeft, plotRight]);
  // Annotation labels sit above the plot, wrapped to the width and stacked so none touch.
  const placedBoxes: Box[] = [];
  const lh = defaults.lineHeight;
  const placed = model.annotations.map((annotation) => {
    const ax = x(parseDay(annotation.date));
    const lines = wrapText(annotation.text, defaults.smallFontSize, width - left - right);
    const textWidth = Math.max(...lines.map((line) => estimateTextWidth(line, defaults.smallFontSize)));
    // Label to the right of its rule, else to the left, else shifted to fit: never past the edges.
    const anchor: 'start' | 'end' = ax + textWidth <= width - right || ax - textWidth < left ? 'start' : 'end';
    const boxX = anchor === 'end' ? ax - textWidth : Math.max(left, Math.min(ax, width - right - textWidth));
    const box: Box = { x: boxX, y: top, width: textWidth, height: lines.length * lh };
    for (let moved = true; moved; ) {
      moved = false;
      for (const other of placedBoxes) {
        if (overlaps(other, box, 4)) {
          box.y = other.y + other.height + 6;
          moved = true;
        }
      }
    }
    placedBoxes.push(box);
    return { ax, labelX: anchor === 'end' ? ax : boxX, lines, anchor, box };
  });
  // Room for the annotations, plus half a line so the top tick and end label clear them.
  const annotationBottom = Math.max(top, ...placedBoxes.map((box) => box.y + box.height));
  const plotTop = annotationBottom + (placedBoxes.length ? 6 : 0) + defaults.fontSize / 2;
  const plotBottom = plotTop + layout.plotHeight[variant];
  y.range([plotBottom, plotTop]);

  const lineOf = d3Line<{ date: string; value: number }>()
    .x((p) => round(x(parseDay(p.date))))
    .y((p) => round(y(p.value)));

  const [start, end] = x.domain() as [Date, Date];
  const xTickCandidates = timeTicks(start, end, defaults.tickCount[variant], locale).map((tick) => ({ x: round(x(tick.date)), label: tick.label }));
  const unitSuffix = unit === '%' ? locale.withUnit('', '%') : '';

  return {
    width,
    height: round(plotBottom + bottom),
    plot: { x: plotLeft, y: round(plotTop), width: round(plotRight - plotLeft), height: layout.plotHeight[variant] },
    xTicks: spacedTicks(xTickCandidates, defaults.smallFontSize, 0, width).map((tick) => ({
      ...tick,
      y1: round(plotBottom),
      y2: round(plotBottom + layout.tickLength),
      labelY: round(plotBottom + layout.xLabelOffset),
    })),
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
      y1: round(a.box.y + a.box.height + 2),
      y2: round(plotBottom),
      // The first baseline sits one line height down the box, less the descent.
      label: { x: round(a.labelX), y: round(a.box.y + lh - 4), lines: a.lines, lineHeight: lh, anchor: a.anchor },
    })),
  };
}
