import { z } from 'astro/zod';
import { entryId, qualifier, reportedValue, text } from '../../../schemas/common';
import { chartFrame } from '../../frame';

const bar = z
  .object({
    /** The category: "Drones", "Missiles". */
    label: text('the bar label'),
    /** Shorthand for a single report: the number. Use `reports` when sources differ. */
    value: z.number({ error: 'expected a number' }).optional(),
    /** Shorthand for a single report: how the number is qualified. */
    qualifier: qualifier.optional(),
    /** Shorthand for a single report: its source id. */
    source: entryId('source').optional(),
    /** Every reported value with its source; drawn as a range when they differ. A range one source gives ("600 to 700") is two reports: at-least 600 and up-to 700. */
    reports: z.array(reportedValue).optional(),
    /** This bar's unit when it differs from the chart's: "missiles" in a chart of "drones". */
    unit: z.string().trim().optional(),
  })
  .transform((input, ctx) => {
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
        message: `bar "${input.label}" needs a value and source, or reports: [{ value, source }]`,
      });
      return z.NEVER;
    }
    return { label: input.label, reports, ...(input.unit !== undefined ? { unit: input.unit } : {}) };
  });

/** Horizontal bars with value labels; a bar with conflicting reports shows every source's figure. */
export const barChart = z.object({
  type: z.literal('bar'),
  ...chartFrame,
  /** The unit of every value: "drones", "km", "%". */
  unit: z.string().trim().default(''),
  bars: z.array(bar).min(1, { error: 'a bar chart needs at least one bar' }),
});

export type Bar = z.output<typeof bar>;
export type BarChart = z.output<typeof barChart>;
