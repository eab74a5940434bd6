import { z } from 'astro/zod';
import { isoDate, sourceIds, text } from '../schemas/common';

/** What every chart carries around its figure: the newsroom furniture of title, takeaway and sources. */
export const chartFrame = {
  /** A headline for the chart, shown above it and announced by screen readers. */
  title: text('the chart title'),
  /** One line saying what the reader should see: "Russian forces took 41 months to cover 12 km." */
  takeaway: text('the takeaway'),
  /** Footnotes: method, caveats, what a number does not include. */
  notes: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .default([]),
  /** The day the data was last checked, YYYY-MM-DD. */
  asOf: isoDate,
  /** Ids of the sources shown in the chart's source line. */
  sources: sourceIds,
  /** A hand-written text alternative; when left out one is generated from the data. */
  alt: z.string().trim().optional(),
};
