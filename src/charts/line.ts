import { line as d3Line, scaleLinear, scaleUtc } from 'd3';
import type { LineChart } from '../schemas/charts/line';
import { overlaps, type Box } from './boxes';
import { defaults, round, type Variant } from './defaults';
import { describeQualified, formatDate, formatNumber, formatShortDay, parseDay } from './format';
import { estimateTextWidth } from './text-width';

const layout = { plotHeight: { narrow: 180, wide: 240 }, pointRadius: 4 };

export interface LineScene {
  width: number;
  height: number;
  plot: Box;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  series: {
    label: string;
    path: string;
    points: { x: number; y: number; tip: string }[];
    endLabel: { x: number; y: number; text: string; anchor: 'start' | 'end' };
  }[];
  annotations: { x: number; y1: number; y2: number; label: { x: number; y: number; text: string; anchor: 'start' | 'end' } }[];
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
export function layoutLine(chart: LineChart, variant: Variant): LineScene {
  const width = defaults.widths[variant];
  const { top, right, bottom, left } = defaults.margin;
  const allPoints = chart.series.flatMap((s) => s.points);
  const dates = [...allPoints.map((p) => p.date), ...chart.annotations.map((a) => a.date)].map(parseDay);
  const maxValue = Math.max(...allPoints.map((p) => p.value), 0);
  const y = scaleLinear().domain([0, maxValue || 1]).nice();
  const yTickValues = y.ticks(4);
  const unitSuffix = chart.unit === '%' ? '%' : '';
  const yLabelWidth = Math.max(...yTickValues.map((v) => estimateTextWidth(formatNumber(v) + unitSuffix, defaults.smallFontSize)));
  const endTexts = chart.series.map((s) => describeQualified(s.points.at(-1)!.value, s.points.at(-1)!.qualifier, chart.unit));
  const endWidth = Math.max(...endTexts.map((t) => estimateTextWidth(t, defaults.fontSize)));

  // Annotation labels stack in rows above the plot; each row keeps its labels apart.
  const plotLeft = round(left + yLabelWidth + 8);
  const plotRight = width - right - Math.min(endWidth + 8, width / 3);
  const x = scaleUtc()
    .domain([Math.min(...dates.map(Number)), Math.max(...dates.map(Number))].map((n) => new Date(n)))
    .range([plotLeft, plotRight]);
  const rows: Box[][] = [];
  const placed = [...chart.annotations]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((annotation) => {
      const ax = x(parseDay(annotation.date));
      const text = `${annotation.label} (${formatShortDay(annotation.date)})`;
      const textWidth = estimateTextWidth(text, defaults.smallFontSize);
      const anchor: 'start' | 'end' = ax + textWidth <= width - right ? 'start' : 'end';
      const boxX = anchor === 'start' ? ax : Math.max(left, ax - textWidth);
      let row = 0;
      const box = (r: number): Box => ({ x: boxX, y: r, width: textWidth, height: 1 });
      while (rows[row]?.some((other) => overlaps(other, box(row), 6))) row += 1;
      (rows[row] ??= []).push(box(row));
      return { ax, text, anchor, row };
    });
  const annotationSpace = rows.length * defaults.lineHeight + (rows.length ? 6 : 0);
  const plotTop = top + annotationSpace;
  const plotBottom = plotTop + layout.plotHeight[variant];
  y.range([plotBottom, plotTop]);

  const lineOf = d3Line<{ date: string; value: number }>()
    .x((p) => round(x(parseDay(p.date))))
    .y((p) => round(y(p.value)));

  const xTickCandidates = x.ticks(defaults.tickCount[variant]).map((d) => ({
    x: round(x(d)),
    label: formatShortDay(d.toISOString().slice(0, 10)).replace(/^\d+ /, ''),
  }));

  return {
    width,
    height: round(plotBottom + bottom),
    plot: { x: plotLeft, y: round(plotTop), width: round(plotRight - plotLeft), height: layout.plotHeight[variant] },
    xTicks: spacedTicks(xTickCandidates, defaults.smallFontSize, 0, width),
    yTicks: yTickValues.map((v) => ({ y: round(y(v)), label: formatNumber(v) + unitSuffix })),
    series: chart.series.map((s, index) => {
      const lastPoint = s.points.at(-1)!;
      return {
        label: s.label,
        path: lineOf(s.points) ?? '',
        points: s.points.map((p) => ({
          x: round(x(parseDay(p.date))),
          y: round(y(p.value)),
          tip: `${s.label}, ${formatDate(p.date, p.precision, true)}: ${describeQualified(p.value, p.qualifier, chart.unit)}`,
        })),
        endLabel: { x: round(x(parseDay(lastPoint.date)) + 8), y: round(y(lastPoint.value)), text: endTexts[index]!, anchor: 'start' },
      };
    }),
    annotations: placed.map((a) => ({
      x: round(a.ax),
      y1: round(top + (a.row + 1) * defaults.lineHeight + 2),
      y2: round(plotBottom),
      label: { x: round(a.ax), y: round(top + a.row * defaults.lineHeight + defaults.lineHeight - 4), text: a.text, anchor: a.anchor },
    })),
  };
}
