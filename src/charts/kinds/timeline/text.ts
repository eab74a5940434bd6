import { fill } from '../../../i18n/locale';
import type { ChartContext, DataTable, LegendItem } from '../../types';
import type { MarkKind, TimelineModel } from './model';
import { statusMark } from './render';

/** The order marks appear in the key. */
const markOrder: MarkKind[] = ['confirmed', 'claimed', 'disputed', 'unverified', 'statement'];

/** Date, entry, status, note and source, one row per entry in date order. */
export function timelineTable({ events }: TimelineModel, { locale, source }: ChartContext): DataTable {
  return {
    columns: locale.t.chart.timeline.columns,
    rows: events.map((e) => [e.longDate, e.label, e.statusText, e.note ?? '', source(e.source).name]),
    csvColumns: [
      'date',
      'date_precision',
      'date_approximate',
      'kind',
      'event',
      'status',
      'confirmed_by',
      'claimed_by',
      'denied_by',
      'said_by',
      'note',
      'source',
      'source_url',
    ],
    csv: events.map((e) => [
      e.date,
      e.precision,
      e.approximate ? 'yes' : 'no',
      e.kind,
      e.label,
      e.status ?? '',
      e.confirmedBy ?? '',
      e.claimedBy ?? '',
      e.deniedBy ?? '',
      e.by ?? '',
      e.note ?? '',
      source(e.source).name,
      source(e.source).url ?? '',
    ]),
  };
}

/** "Timeline of 4 entries from July 2022 to 23 December 2025, 1 of them not confirmed. ..." */
export function describeTimeline({ events }: TimelineModel, { locale }: ChartContext): string {
  const words = locale.t.chart.timeline;
  const unconfirmed = events.filter((e) => e.showStatus).length;
  return (
    fill(words.describe, { count: locale.plural(events.length, words.count), start: events[0]!.longDate, end: events.at(-1)!.longDate }) +
    (unconfirmed ? fill(words.unconfirmed, { n: locale.number(unconfirmed) }) : '') +
    '. ' +
    events.map((e) => fill(words.item, { date: e.longDate, label: e.label, status: e.statusText })).join(' ')
  );
}

/** One key entry per kind of mark the timeline uses, linked to the glossary's definition of statuses. */
export function timelineLegend({ events }: TimelineModel, { locale }: ChartContext): LegendItem[] {
  return markOrder
    .filter((mark) => events.some((e) => e.mark === mark))
    .map((mark) => ({ symbol: [statusMark(mark, 8, 8, 5)], width: 16, label: locale.t.chart.statusKey[mark], term: 'claim-status' }));
}
