import { utcDay, utcMonth, utcYear } from 'd3';
import type { Locale } from '../i18n/locale';

/** The unit a time axis is labelled in, chosen from its span so every label names its tick exactly. */
export type TimeUnit = 'year' | 'month' | 'day';

const DAY = 864e5;

/**
 * Ticks for a UTC time axis: whole years for spans over two years, whole months for spans over
 * two months, days otherwise; labels say exactly the year, month or day the tick stands on.
 */
export function timeTicks(start: Date, end: Date, maxTicks: number, locale: Locale): { date: Date; label: string }[] {
  const spanDays = (end.getTime() - start.getTime()) / DAY;
  const unit: TimeUnit = spanDays > 730 ? 'year' : spanDays > 62 ? 'month' : 'day';
  const interval = unit === 'year' ? utcYear : unit === 'month' ? utcMonth : utcDay;
  const all = interval.range(interval.ceil(start), new Date(end.getTime() + 1));
  const step = Math.max(1, Math.ceil(all.length / Math.max(1, maxTicks)));
  return all
    .filter((_, index) => index % step === 0)
    .map((date) => ({
      date,
      // A day axis spans two months at most, so the year (in the chart's dates) is left off its ticks.
      label: unit === 'day' ? locale.dayMonth(date) : locale.date(date.toISOString().slice(0, 10), unit, true),
    }));
}
