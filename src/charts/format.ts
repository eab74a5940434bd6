import { format as d3Format } from 'd3';
import type { ReportedValue } from '../schemas/common';
import { locale } from '../i18n';

/** How a qualifier reads before a number, with its trailing space. */
export const qualifierWords: Record<ReportedValue['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'up-to': 'up to ',
  under: 'under ',
};

const qualifierSigns: Record<ReportedValue['qualifier'], string> = {
  exact: '',
  about: '~',
  'more-than': '>',
  'at-least': '≥',
  'up-to': '≤',
  under: '<',
};

const grouped = d3Format(',~r');

/** 10000 -> "10,000"; keeps decimals a writer gave. */
export const formatNumber = (value: number) => grouped(value);

/** A value with its unit: "12 km", "75%", "635 drones". */
export function withUnit(value: string, unit: string): string {
  if (!unit) return value;
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

/** "more than 650", for prose, tables and text alternatives. */
export const describeQualified = (value: number, qualifier: ReportedValue['qualifier'], unit = '') =>
  `${qualifierWords[qualifier]}${withUnit(formatNumber(value), unit)}`;

/** ">650", for tight chart labels. */
export const shortQualified = (value: number, qualifier: ReportedValue['qualifier']) =>
  `${qualifierSigns[qualifier]}${formatNumber(value)}`;

const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A date as precisely as it is known: "23 December 2025", "July 2022" or "2022". */
export function formatDate(iso: string, precision: 'day' | 'month' | 'year' = 'day', short = false): string {
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return (short ? shortMonthFormat : monthFormat).format(parseDay(iso));
  return (short ? shortDayFormat : dayFormat).format(parseDay(iso));
}

/** "2025-12-23" -> Date at UTC midnight. */
export const parseDay = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** "23 December 2025". */
export const formatDay = (iso: string) => dayFormat.format(parseDay(iso));
/** "23 Dec 2025". */
export const formatShortDay = (iso: string) => shortDayFormat.format(parseDay(iso));
