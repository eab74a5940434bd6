import type { Chart } from '../schemas/charts';

/** One plotted figure or dated event with the sources behind it, for audits and tables. */
export interface Datum {
  what: string;
  sources: string[];
}

/** Every value a chart draws, each with its sources: a datum with none is a defect. */
export function chartData(chart: Chart): Datum[] {
  switch (chart.type) {
    case 'timeline':
      return chart.events.map((event) => ({ what: `${event.date} ${event.label}`, sources: [event.source] }));
    case 'bar':
      return chart.bars.flatMap((bar) => bar.reports.map((r) => ({ what: `${bar.label} ${r.value}`, sources: [r.source] })));
    case 'stats':
      return chart.items.map((item) => ({ what: `${item.value} ${item.unit} ${item.label}`, sources: [item.source] }));
    case 'line':
      return chart.series.flatMap((s) => s.points.map((p) => ({ what: `${s.label} ${p.date} ${p.value}`, sources: [p.source] })));
    case 'map':
      return chart.lines.flatMap((line) =>
        line.reported ? [{ what: `${line.from}–${line.to} ${line.reported.km} km`, sources: [line.reported.source] }] : [],
      );
  }
}

/** The chart ids an MDX body places with `<Chart id="..." />`. */
export function placedChartIds(body: string): string[] {
  return [...body.matchAll(/<Chart\s+[^>]*\bid=["']([^"']+)["']/g)].map((match) => match[1] ?? '');
}
