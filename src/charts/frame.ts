import { z } from 'astro/zod';
import { entryId, isoDate, sourceIds, text } from '../schemas/common';
import { annotations } from './annotations';

const note = z
  .string()
  .trim()
  .min(1)
  .max(200, { error: 'keep a chart note under 200 characters; method and caveats go in the page’s “How we reported this” section (method:)' });

/** What every chart carries around its figure: the newsroom furniture of title, takeaway and sources. */
export const chartFrame = {
  /** A headline for the chart, shown above it and announced by screen readers. */
  title: text('the chart title'),
  /** One line saying what the reader should see: "Russian forces took 41 months to cover 12 km." */
  takeaway: text('the takeaway'),
  /** At most two short footnotes a reader needs to read the chart right; method goes in `method`. */
  notes: z
    .union([note, z.array(note)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(
      z.array(z.string()).max(2, { error: 'a chart takes at most two notes; move method and caveats to the page’s “How we reported this” section (method:)' }),
    )
    .default([]),
  /** Ids of the page's `<Method id="...">` entries that explain how the chart's figures were worked out. */
  method: z
    .union([entryId('method note'), z.array(entryId('method note'))])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .default([]),
  /** The day the data was last checked, YYYY-MM-DD. */
  asOf: isoDate,
  /** Ids of the sources shown in the chart's source line. */
  sources: sourceIds,
  /** A hand-written text alternative; when left out one is generated from the data. */
  alt: z.string().trim().optional(),
  /** Notes drawn on the chart, each tied to a place or a date and sourced: [{ place: siversk, label: "...", source: ... }]. */
  annotations,
};
