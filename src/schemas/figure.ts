import { z } from 'astro/zod';
import { reportedValue, text } from './common';

/**
 * A figure more than one page or chart uses (a share of territory, a count of drones), declared
 * once with every report of it, so that no two pages can give it differently. Charts, stats and
 * text refer to it by id (`figure: donetsk-russian-control`, `<Fig id="..." />`).
 */
export const figureSchema = z.object({
  /** What it measures, in a few words: "Share of Donetsk region under Russian control". */
  label: text('the figure label'),
  /** The unit of every report: "%", "drones", "km"; empty for a plain count. */
  unit: z.string().trim().default(''),
  /** Each source's report of it; several when they differ, so the difference is shown. */
  reports: z.array(reportedValue).min(1, { error: 'a figure needs at least one report: { value, source }' }),
  /**
   * The label and unit in other languages, by language code: `{ uk: { label: "...", unit: "км" } }`.
   * The numbers are the same in every language and are never translated.
   */
  translations: z
    .record(
      z.string().regex(/^[a-z]{2,3}$/, { error: 'expected a language code, e.g. uk' }),
      z.object({ label: z.string().trim().min(1).optional(), unit: z.string().trim().optional() }),
    )
    .default({}),
});

/** A figure with its id (the file name). */
export type Figure = z.output<typeof figureSchema> & {
  id: string;
  /** The unit as written in the figure's file, where `unit` has been translated for the reader: "km" for "км". */
  baseUnit?: string;
};
