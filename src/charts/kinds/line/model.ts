import { fill } from '../../../i18n/locale';
import type { ChartContext } from '../../types';
import type { LineChart } from './schema';

type Point = LineChart['series'][number]['points'][number];

export interface LineSeries extends Omit<LineChart['series'][number], 'points'> {
  /** The last point in words, drawn at the line's end: "12 km". */
  endText: string;
  points: (Point & { tip: string; shortDate: string; longDate: string })[];
}

export interface LineModel {
  spec: LineChart;
  series: LineSeries[];
  /** Annotations in date order, each labelled with its date: "Russia claims capture (11 Dec 2025)". */
  annotations: (LineChart['annotations'][number] & { date: string; text: string })[];
}

/** Words each point's date, value and tooltip once, and orders the annotations. */
export function prepareLine(spec: LineChart, { locale }: ChartContext): LineModel {
  const words = locale.t.chart.line;
  return {
    spec,
    series: spec.series.map((s) => {
      const last = s.points.at(-1)!;
      return {
        ...s,
        endText: locale.qualified(last.value, last.qualifier, spec.unit),
        points: s.points.map((p) => {
          const shortDate = locale.date(p.date, p.precision, true);
          return {
            ...p,
            shortDate,
            longDate: locale.date(p.date, p.precision),
            tip: fill(words.tip, { label: s.label, date: shortDate, value: locale.qualified(p.value, p.qualifier, spec.unit) }),
          };
        }),
      };
    }),
    // Only dated notes reach a line chart: the registry refuses others (src/charts/annotations.ts).
    annotations: spec.annotations
      .filter((a): a is typeof a & { date: string } => Boolean(a.date))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((a) => {
        const date = a.until ? `${locale.date(a.date, 'day', true)}–${locale.date(a.until, 'day', true)}` : locale.date(a.date, 'day', true);
        return { ...a, text: fill(words.annotation, { label: a.label, date }) };
      }),
  };
}
