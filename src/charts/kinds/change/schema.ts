import { z } from 'astro/zod';
import { datePrecision, entryId, isoDate, qualifierEnum, text } from '../../../schemas/common';
import { chartFrame } from '../../frame';

/** One end of a change: a reported value on a date. */
const end = z
  .object({
    /** The number, for a figure no other page uses. */
    value: z.number({ error: 'expected a number, e.g. 12' }).optional(),
    /** A shared figure by id (content/figures/), instead of value, qualifier and source. */
    figure: entryId('figure').optional(),
    /** When the figure's sources differ, the id of the source whose report this end shows. */
    report: entryId('source').optional(),
    qualifier: qualifierEnum.optional(),
    /** When the value held, YYYY-MM-DD; with `precision: month` any day of that month. */
    date: isoDate,
    /** day (default), month or year: how precisely the reporting dates it. */
    precision: datePrecision,
    /** True when the date is our inference from the reporting: shown as "around". */
    approximate: z.boolean().default(false),
    /** The id of the source for this value (figures carry their own). */
    source: entryId('source').optional(),
  })
  .superRefine((point, ctx) => {
    if (point.figure) {
      if (point.value !== undefined || point.source)
        ctx.addIssue({
          code: 'custom',
          path: ['figure'],
          message: `this end takes its value and source from figure "${point.figure}"; remove value and source`,
        });
    } else {
      if (point.value === undefined)
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'each end needs a value (a number) or figure: the id of a shared figure' });
      if (!point.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'each end needs the id of its source' });
    }
  });

const item = z
  .object({
    /** What changed: "Front's advance from Lysychansk, per ISW". */
    label: text('the label'),
    /** The earlier value. */
    from: end,
    /** The later value. */
    to: end,
  })
  .refine((change) => change.to.date >= change.from.date, { error: 'to must be dated on or after from', path: ['to', 'date'] });

/**
 * A change between two reported values, drawn as an arrow from one to the other on a value scale.
 * For quantities known at two moments only, where a line would invent the path between them.
 */
export const changeChart = z.object({
  type: z.literal('change'),
  ...chartFrame,
  /** The unit of every value: "km", "%". */
  unit: z.string().trim().default(''),
  items: z
    .array(item)
    .min(1, { error: 'a change chart needs at least one item: { label, from, to }' })
    .max(6, { error: 'a change chart holds at most 6 items' }),
});

export type ChangeChart = z.output<typeof changeChart>;
export type ChangeEnd = z.output<typeof end>;
