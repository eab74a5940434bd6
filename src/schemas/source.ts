import { z } from 'astro/zod';
import { datePrecision, entryId, httpUrl, isoDate, text } from './common';

/** What kind of organisation a source is: readers weigh an official claim differently from reporting. */
export const sourceKinds = ['official-statement', 'think-tank', 'news-outlet', 'aggregator'] as const;

/** Kinds that publish their own reporting: a reader must be able to follow them to the original. */
const publishingKinds: ReadonlySet<string> = new Set(['think-tank', 'news-outlet', 'aggregator']);

/**
 * One reported source: a statement, an assessment or an article the topics draw on. Every field
 * but `research` is shown to readers; `research` is for editors and is dropped when the file is
 * read, so it can reach no page, feed, CSV or search index.
 */
export const sourceSchema = z
  .object({
    /** Who published or said it: "Euromaidan Press", "General Staff of the Armed Forces of Ukraine". */
    outlet: text('the outlet'),
    /** The headline or title as published; when none is known, a plain description (set `titleIsDescription`). */
    title: text('the title'),
    /** True when `title` is our description rather than the published headline. */
    titleIsDescription: z.boolean().default(false),
    /** The byline, where the original names one. */
    author: z.string().trim().min(1).optional(),
    /** The original, where a reader can check it. Required for published reporting unless `urlNotFound`. */
    url: httpUrl.optional(),
    /** A copy in a web archive, for originals that may change or vanish. */
    archiveUrl: httpUrl.optional(),
    /** True when we looked for the original online and could not find it; readers are told so. */
    urlNotFound: z.boolean().default(false),
    /** When it was published or said, YYYY-MM-DD; with `precision: month` any day of that month. */
    published: isoDate.optional(),
    /** day (default), month or year: how precisely the publication date is known. */
    precision: datePrecision,
    /** The language of the original, as a BCP 47 code: en, uk, ru. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'expected a language code such as en or uk' })
      .default('en'),
    /** official-statement, think-tank, news-outlet or aggregator. */
    kind: z.enum(sourceKinds, { error: `expected one of: ${sourceKinds.join(', ')}` }),
    /** The source this reached us through, for the chain "ISW, as reported by Euromaidan Press". */
    via: entryId('source').optional(),
    /** stated (default): the original names its publisher. inferred: we identified it from the page's wording or style. */
    identification: z.enum(['stated', 'inferred'], { error: 'expected stated or inferred' }).default('stated'),
    /** At most one short sentence a reader needs about this source. */
    description: z
      .string()
      .trim()
      .min(1)
      .max(220, { error: 'keep the description to one short sentence (220 characters); research notes go in `research`' })
      .optional(),
    /** Editors' notes: provenance, doubts, what the copy we hold looks like. Never published. */
    research: z.string().optional(),
  })
  .superRefine((source, ctx) => {
    if (publishingKinds.has(source.kind) && !source.via && !source.url && !source.urlNotFound) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'published reporting needs the address of the original in url (or urlNotFound: true if it cannot be found online)',
      });
    }
    if (source.url && source.urlNotFound) {
      ctx.addIssue({ code: 'custom', path: ['urlNotFound'], message: 'urlNotFound: true contradicts the url given; remove one of them' });
    }
  })
  .transform(({ research: _private, ...published }) => published);

/** A source with its id (the file name). */
export type Source = z.output<typeof sourceSchema> & { id: string };
