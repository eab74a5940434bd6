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
});

/** A figure with its id (the file name). */
export type Figure = z.output<typeof figureSchema> & { id: string };
