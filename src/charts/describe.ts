import type { Chart } from '../schemas/charts';
import { barUnit, reportRange } from './bar';
import { statFigure } from './stats';
import { describeQualified, formatDate, formatDay, formatNumber } from './format';
import { disagrees, greatCircleKm } from './geo-distance';
import type { TableContext } from './table';
import { statusText } from './timeline';

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** A text alternative generated from the data: what the chart shows, its extremes and notable points. */
export function describeChart(chart: Chart, context: TableContext): string {
  const { sourceName, place } = context;
  switch (chart.type) {
    case 'timeline': {
      const events = [...chart.events].sort((a, b) => a.date.localeCompare(b.date));
      const unconfirmed = events.filter((e) => e.status !== 'confirmed').length;
      return (
        `Timeline of ${events.length} events from ${formatDate(events[0]!.date, events[0]!.precision)} to ${formatDate(events.at(-1)!.date, events.at(-1)!.precision)}` +
        (unconfirmed ? `, ${unconfirmed} of them not confirmed` : '') +
        '. ' +
        events.map((e) => `${formatDate(e.date, e.precision)}: ${e.label} (${statusText(e.status, e.claimedBy).toLowerCase()}).`).join(' ')
      );
    }
    case 'bar': {
      const sorted = [...chart.bars].sort((a, b) => reportRange(b).max - reportRange(a).max);
      const valueOf = (bar: (typeof sorted)[number]) => {
        const reports = bar.reports.map((r) => `${describeQualified(r.value, r.qualifier, barUnit(bar, chart))} (${sourceName(r.source)})`);
        return reportRange(bar).conflicting ? `reported differently: ${list(reports)}` : reports[0]!;
      };
      const conflicting = sorted.filter((bar) => reportRange(bar).conflicting).length;
      return (
        `Bar chart of ${sorted.length} ${sorted.length === 1 ? 'category' : 'categories'}` +
        (conflicting ? `; sources disagree on ${conflicting}` : '') +
        `. Largest: ${sorted[0]!.label}, ${valueOf(sorted[0]!)}.` +
        (sorted.length > 1 ? ` Smallest: ${sorted.at(-1)!.label}, ${valueOf(sorted.at(-1)!)}.` : '') +
        (sorted.length > 2 ? ` Others: ${sorted.slice(1, -1).map((bar) => `${bar.label}, ${valueOf(bar)}`).join('; ')}.` : '')
      );
    }
    case 'stats':
      return chart.items.map((item) => `${statFigure(item)} ${item.label}.`).join(' ');
    case 'line':
      return chart.series
        .map((s) => {
          const first = s.points[0]!;
          const last = s.points.at(-1)!;
          const peak = s.points.reduce((a, b) => (b.value > a.value ? b : a));
          return (
            `Line chart of ${s.label} from ${formatDate(first.date, first.precision)} to ${formatDate(last.date, last.precision)}: ` +
            `from ${describeQualified(first.value, first.qualifier, chart.unit)} to ${describeQualified(last.value, last.qualifier, chart.unit)}` +
            (peak !== last ? `, peaking at ${describeQualified(peak.value, peak.qualifier, chart.unit)} in ${formatDate(peak.date, peak.precision)}` : '') +
            '.'
          );
        })
        .join(' ') +
        (chart.annotations.length ? ` Marked: ${chart.annotations.map((a) => `${a.label}, ${formatDay(a.date)}`).join('; ')}.` : '');
    case 'map': {
      const names = chart.places.map((id) => place(id).name);
      const groups = chart.groups.map((g) => `${g.label}: ${list(g.places.map((id) => place(id).name))}.`);
      const lines = chart.lines.map((line) => {
        const a = place(line.from);
        const b = place(line.to);
        const km = greatCircleKm(a, b);
        const reported = line.reported
          ? `; ${sourceName(line.reported.source)} reports ${describeQualified(line.reported.km, line.reported.qualifier, 'km')}` +
            (disagrees(line.reported.km, km) ? ', which differs from the computed distance' : '')
          : '';
        return `${a.name} to ${b.name}: ${formatNumber(Math.round(km))} km in a straight line${reported}.`;
      });
      return [`Map of Ukraine showing ${list(names)}.`, ...groups, ...lines].join(' ');
    }
  }
}
