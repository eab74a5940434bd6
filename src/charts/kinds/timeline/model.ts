import type { Locale } from '../../../i18n/locale';
import { fill } from '../../../i18n/locale';
import type { ChartContext } from '../../types';
import type { ClaimStatus, TimelineChart } from './schema';

/** Words shown beside a mark so its status never depends on shape or colour alone. */
export function statusText(locale: Locale, status: ClaimStatus, claimedBy?: string): string {
  const words = locale.t.chart.status;
  return status === 'claimed' ? fill(words.claimed, { party: claimedBy ?? words.someParty }) : words[status];
}

export interface TimelineEntry {
  date: string;
  precision: 'day' | 'month' | 'year';
  label: string;
  note?: string;
  status: ClaimStatus;
  claimedBy?: string;
  source: string;
  /** "Claimed by Russia's General Staff". */
  statusText: string;
  /** "11 Dec 2025", as precisely as the date is known. */
  shortDate: string;
  longDate: string;
}

export interface TimelineModel {
  spec: TimelineChart;
  /** Events in date order. */
  events: TimelineEntry[];
}

/** Sorts the events once and words their dates and statuses for every later step. */
export function prepareTimeline(spec: TimelineChart, { locale }: ChartContext): TimelineModel {
  const events = [...spec.events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((event) => ({
      ...event,
      statusText: statusText(locale, event.status, event.claimedBy),
      shortDate: locale.date(event.date, event.precision, true),
      longDate: locale.date(event.date, event.precision),
    }));
  return { spec, events };
}
