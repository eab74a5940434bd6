import { fill } from '../../../i18n/locale';
import type { ChartContext, DataTable, LegendItem } from '../../types';
import { claimStatuses } from './schema';
import type { TimelineModel } from './model';
import { statusMark } from './render';

/** Date, event, status, note and source, one row per event in date order. */
export function timelineTable({ events }: TimelineModel, { locale, source }: ChartContext): DataTable {
  return {
    columns: locale.t.chart.timeline.columns,
    rows: events.map((e) => [e.longDate, e.label, e.statusText, e.note ?? '', source(e.source).name]),
    csvColumns: ['date', 'date_precision', 'event', 'status', 'claimed_by', 'note', 'source'],
    csv: events.map((e) => [e.date, e.precision, e.label, e.status, e.claimedBy ?? '', e.note ?? '', e.source]),
  };
}

/** "Timeline of 4 events from July 2022 to 23 December 2025, 1 of them not confirmed. ..." */
export function describeTimeline({ events }: TimelineModel, { locale }: ChartContext): string {
  const words = locale.t.chart.timeline;
  const unconfirmed = events.filter((e) => e.status !== 'confirmed').length;
  return (
    fill(words.describe, { count: locale.plural(events.length, words.count), start: events[0]!.longDate, end: events.at(-1)!.longDate }) +
    (unconfirmed ? fill(words.unconfirmed, { n: locale.number(unconfirmed) }) : '') +
    '. ' +
    events.map((e) => fill(words.item, { date: e.longDate, label: e.label, status: e.statusText.toLowerCase() })).join(' ')
  );
}

/** One key entry per status the timeline uses, in a fixed order. */
export function timelineLegend({ events }: TimelineModel, { locale }: ChartContext): LegendItem[] {
  const words = locale.t.chart.status;
  return claimStatuses
    .filter((status) => events.some((e) => e.status === status))
    .map((status) => ({ symbol: [statusMark(status, 8, 8, 5)], width: 16, label: status === 'claimed' ? words.claimedLegend : words[status] }));
}
