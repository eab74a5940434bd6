import { fill, type Locale } from '../../../i18n/locale';
import type { ChartContext } from '../../types';
import type { ClaimStatus, TimelineChart, TimelineEntrySpec } from './schema';

/** What a mark shows: an event's status, or that the entry is a statement. */
export type MarkKind = ClaimStatus | 'statement';

/** Words for an entry's standing, naming who confirms, claims, denies or said it. */
export function statusText(locale: Locale, entry: TimelineEntrySpec): string {
  const words = locale.t.chart.status;
  if (entry.kind === 'statement') return fill(words.statement, { party: entry.by ?? '' });
  const status = entry.status ?? 'unverified';
  return fill(words[status], { party: entry.confirmedBy ?? entry.claimedBy ?? '', denier: entry.deniedBy ?? '' });
}

export interface TimelineEntry extends TimelineEntrySpec {
  mark: MarkKind;
  /** "Claimed by Russia's General Staff, denied by Ukraine's military". */
  statusText: string;
  /** Shown under the date only where the status is in doubt; confirmed events and statements need none. */
  showStatus: boolean;
  /** "11 Dec 2025", as precisely as the date is known; "around Jul 2022" when inferred. */
  shortDate: string;
  longDate: string;
}

export interface TimelineModel {
  spec: TimelineChart;
  /** Entries in date order. */
  events: TimelineEntry[];
}

/** Sorts the entries once and words their dates and statuses for every later step. */
export function prepareTimeline(spec: TimelineChart, { locale }: ChartContext): TimelineModel {
  const dated = (date: string, entry: TimelineEntrySpec) => (entry.approximate ? fill(locale.t.chart.approximateDate, { date }) : date);
  const events = [...spec.events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((event): TimelineEntry => {
      const mark: MarkKind = event.kind === 'statement' ? 'statement' : (event.status ?? 'unverified');
      return {
        ...event,
        mark,
        statusText: statusText(locale, event),
        showStatus: mark === 'claimed' || mark === 'disputed' || mark === 'unverified',
        shortDate: dated(locale.date(event.date, event.precision, true), event),
        longDate: dated(locale.date(event.date, event.precision), event),
      };
    });
  return { spec, events };
}
