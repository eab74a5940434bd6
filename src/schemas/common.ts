import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: how every entry id (source, place, topic, chart) is spelled. */
export const entryId = (what: string) =>
  z.string({ error: `expected the id of a ${what}, e.g. "kebab-case-id"` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `"${String(issue.input)}" is not a valid ${what} id: use lower-case letters, digits and hyphens, e.g. "isw-2025-12-23"`,
  });

/** One source id, or a list of them; always normalised to a list. */
export const sourceIds = z
  .union([entryId('source'), z.array(entryId('source')).min(1, { error: 'list at least one source id' })])
  .transform((value) => (Array.isArray(value) ? value : [value]));

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day written `2025-12-23` (YAML may hand it over as a Date). Kept as the ISO string so
 * pages never shift a day with the build machine's time zone.
 */
export const isoDate = z.union([z.date(), z.string()], { error: 'expected a date written as YYYY-MM-DD, e.g. 2025-12-23' }).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  const parsed = new Date(`${text}T00:00:00Z`);
  if (!isoDatePattern.test(text) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a date: write it as YYYY-MM-DD, e.g. 2025-12-23` });
    return z.NEVER;
  }
  return text;
});

/** How a reported figure is qualified in the reporting: "about 10,000", "more than 650". */
export const qualifierEnum = z.enum(['exact', 'about', 'more-than', 'at-least', 'up-to', 'under'], {
  error: 'expected one of: exact, about, more-than, at-least, up-to, under',
});

/** A qualifier that defaults to exact when left out. */
export const qualifier = qualifierEnum.default('exact');

/** How precisely a date is known: a day, or only the month or year ("mid-2022"). */
export const datePrecision = z.enum(['day', 'month', 'year'], { error: 'expected one of: day, month, year' }).default('day');

/** Schemes a link in content may use: anything else (javascript:, data:, file:) never reaches a page. */
const webSchemes = new Set(['http:', 'https:']);

/** A web address a reader can follow: absolute, http or https only. */
export const httpUrl = z
  .string({ error: 'expected a web address starting with https://' })
  .trim()
  .superRefine((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      // Reported below with the value quoted.
    }
    if (!url || !webSchemes.has(url.protocol)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a web address: only http:// and https:// links are allowed, e.g. https://example.org/article`,
      });
    }
  });

/** Non-empty, trimmed text. */
export const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** A number as one source reported it: `{ value: 650, qualifier: more-than, source: lbc-2025-12-23 }`. */
export const reportedValue = z.object({
  /** The number itself. */
  value: z.number({ error: 'expected a number, without units or thousands separators' }),
  /** exact (default), about, more-than, at-least, up-to or under. */
  qualifier,
  /** The id of the source that reported it. */
  source: entryId('source'),
});

export type ReportedValue = z.output<typeof reportedValue>;
