import { z } from 'astro/zod';
import { entryId, isoDate, text } from './common';

/** What kind of organisation a source is: readers weigh an official claim differently from reporting. */
export const sourceKinds = ['official-statement', 'think-tank', 'news-outlet', 'aggregator'] as const;

/** One reported source: a statement, an assessment or an article the topics draw on. */
export const sourceSchema = z.object({
  /** Who published it: "Ukraine's General Staff", "Institute for the Study of War", "Euronews". */
  outlet: text('the outlet'),
  /** The title of the statement, report or article. */
  title: text('the title'),
  /** Where a reader can check it; leave out when no address is known. */
  url: z.url({ error: 'expected a full web address starting with https://' }).optional(),
  /** When it was published or said, YYYY-MM-DD. */
  date: isoDate.optional(),
  /** Said when the exact date is not known, e.g. "spring 2023; the copy we hold is undated". */
  dateNote: z.string().trim().optional(),
  /** official-statement, think-tank, news-outlet or aggregator. */
  kind: z.enum(sourceKinds, { error: `expected one of: ${sourceKinds.join(', ')}` }),
  /** The source id this was reported through, for the chain "ISW, reported by Euronews". */
  via: entryId('source').optional(),
  /** Anything a reader should know about this source: attribution caveats, what it does not say. */
  note: z.string().trim().optional(),
});

/** A source with its id (the file name). */
export type Source = z.output<typeof sourceSchema> & { id: string };
