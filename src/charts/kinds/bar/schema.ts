import { z } from 'astro/zod';
import { entryId, qualifierEnum, reportedValue, text, type ReportedValue } from '../../../schemas/common';
import { chartFrame } from '../../frame';

const bar = z
  .object({
    /** The category: "Drones", "Missiles". */
    label: text('the bar label'),
    /** A shared figure by id (content/figures/): every report of it is drawn, with its unit. */
    figure: entryId('figure').optional(),
    /** Shorthand for a single report: the number. Use `reports` when sources differ. */
    value: z.number({ error: 'expected a number, e.g. 635' }).optional(),
    /** Shorthand for a single report: how the number is qualified. */
    qualifier: qualifierEnum.optional(),
    /** Shorthand for a single report: its source id. */
    source: entryId('source').optional(),
    /** Every reported value with its source; drawn as a range when they differ. A range one source gives ("600 to 700") is two reports: at-least 600 and up-to 700. */
    reports: z.array(reportedValue).optional(),
    /** This bar's unit when it differs from the chart's: "missiles" in a chart of "drones". */
    unit: z.string().trim().optional(),
  })
  .transform((input, ctx): { label: string; unit?: string; figure?: string; reports: ReportedValue[] } => {
    const base = { label: input.label, ...(input.unit !== undefined ? { unit: input.unit } : {}) };
    if (input.figure) {
      if (input.value !== undefined || input.reports) {
        ctx.addIssue({
          code: 'custom',
          path: ['figure'],
          message: `bar "${input.label}" takes its values from figure "${input.figure}"; remove value and reports`,
        });
        return z.NEVER;
      }
      return { ...base, figure: input.figure, reports: [] };
    }
    const reports = [...(input.reports ?? [])];
    if (input.value !== undefined) {
      if (!input.source) {
        ctx.addIssue({ code: 'custom', path: ['source'], message: `bar "${input.label}" has a value but no source id` });
        return z.NEVER;
      }
      reports.unshift({ value: input.value, qualifier: input.qualifier ?? 'exact', source: input.source });
    }
    if (reports.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['reports'],
        message: `bar "${input.label}" needs a value and source, reports: [{ value, source }], or figure: the id of a shared figure`,
      });
      return z.NEVER;
    }
    return { ...base, reports };
  });

/**
 * Horizontal bars with value labels; a bar with conflicting reports shows every source's figure.
 * With `unit: "%"` the bars are shares of a whole, each drawn on a 0–100% track.
 */
export const barChart = z
  .object({
    type: z.literal('bar'),
    ...chartFrame,
    /** The unit of every value: "drones", "km", "%". */
    unit: z.string().trim().default(''),
    bars: z.array(bar).min(1, { error: 'a bar chart needs at least one bar' }),
  })
  .superRefine((chart, ctx) => {
    if (chart.unit !== '%') return;
    for (const [index, bar] of chart.bars.entries()) {
      for (const [r, report] of bar.reports.entries()) {
        if (report.value < 0 || report.value > 100) {
          ctx.addIssue({
            code: 'custom',
            path: ['bars', index, ...(bar.reports.length > 1 ? ['reports', r] : []), 'value'],
            message: `${report.value} is not a share: a percentage of a whole lies between 0 and 100`,
          });
        }
      }
    }
  });

export type Bar = z.output<typeof bar>;
export type BarChart = z.output<typeof barChart>;
