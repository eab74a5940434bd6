import type { UiStrings } from './en';
import { dictionaries, type Language } from './locales';

export type Qualifier = 'exact' | 'about' | 'more-than' | 'at-least' | 'up-to' | 'under';
export type DatePrecision = 'day' | 'month' | 'year';

/** Fills `{name}` slots in a dictionary template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/**
 * One language's strings and formatters: every word, number and date a reader sees goes through
 * one of these, so a second language is a dictionary and a locale tag, not a code change.
 */
export interface Locale {
  language: Language;
  /** BCP 47 tag for Intl and `lang` attributes: "en-GB". */
  tag: string;
  t: UiStrings;
  /** 10000 -> "10,000" (en-GB), "10 000" (uk). */
  number(value: number): string;
  /** A value with its unit: "12 km", "75%", "635 drones". */
  withUnit(value: string, unit: string): string;
  /** "more than 650 drones", for prose, tables and text alternatives. */
  qualified(value: number, qualifier: Qualifier, unit?: string): string;
  /** ">650", for tight chart labels. */
  qualifiedShort(value: number, qualifier: Qualifier): string;
  /** A date as precisely as it is known: "23 December 2025", "July 2022", "2022"; `short` abbreviates the month. */
  date(iso: string, precision?: DatePrecision, short?: boolean): string;
  /** "23 Dec", for day ticks on an axis whose year is known from the chart. */
  dayMonth(date: Date): string;
  /** "a, b and c". */
  list(items: string[]): string;
  /** Picks the plural form for `n` and fills `{n}` with the formatted number. */
  plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string;
}

/** "2025-12-23" -> Date at UTC midnight. */
export const parseDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

const cache = new Map<string, Locale>();

/** The locale for a language and tag; built once and shared, because Intl formatters are costly to create. */
export function createLocale(language: Language, tag: string): Locale {
  const key = `${language}|${tag}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const t = dictionaries[language];
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 20 });
  const utc = { timeZone: 'UTC' } as const;
  const dateFormats = {
    day: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', ...utc }),
    dayShort: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', ...utc }),
    month: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', ...utc }),
    monthShort: new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', ...utc }),
    dayMonth: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', ...utc }),
  };
  const pluralRules = new Intl.PluralRules(tag);
  const formattedDates = new Map<string, string>();
  const number = (value: number) => numberFormat.format(value);
  // A no-break space keeps a number on the same line as its unit: "30 km" never breaks after 30.
  const withUnit = (value: string, unit: string) => (!unit ? value : unit === '%' ? fill(t.percent, { value }) : `${value}\u00a0${unit}`);
  const locale: Locale = {
    language,
    tag,
    t,
    number,
    withUnit,
    qualified: (value, qualifier, unit = '') => fill(t.chart.qualifier[qualifier], { value: withUnit(number(value), unit) }),
    qualifiedShort: (value, qualifier) => fill(t.chart.qualifierShort[qualifier], { value: number(value) }),
    date(iso, precision = 'day', short = false) {
      if (precision === 'year') return iso.slice(0, 4);
      // A site names the same few dates on every page: each is formatted once.
      const key = `${iso}|${precision}|${short}`;
      let text = formattedDates.get(key);
      if (text === undefined) {
        const format = precision === 'month' ? (short ? dateFormats.monthShort : dateFormats.month) : short ? dateFormats.dayShort : dateFormats.day;
        formattedDates.set(key, (text = format.format(parseDay(iso))));
      }
      return text;
    },
    dayMonth: (date) => dateFormats.dayMonth.format(date),
    list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${t.listAnd} ${items.at(-1)}`),
    plural: (n, forms) => fill(forms[pluralRules.select(n)] ?? forms.other, { n: number(n) }),
  };
  cache.set(key, locale);
  return locale;
}
