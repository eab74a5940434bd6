import { z } from 'astro/zod';
import { entryId, qualifierEnum, text } from '../../../schemas/common';
import { chartFrame } from '../../frame';

const stat = z
  .object({
    /** A shared figure by id (content/figures/): its value, qualifier, unit and sources come from there. */
    figure: entryId('figure').optional(),
    /** When the figure's sources differ, the id of the source whose report this stat shows. */
    report: entryId('source').optional(),
    /** The headline number, for a figure no other page uses: 41. Text only where it is not a number ("A third"). */
    value: z.union([z.number(), z.string().trim().min(1)], { error: 'expected a number, e.g. 41' }).optional(),
    /** How the number is qualified: about, more-than, under ... */
    qualifier: qualifierEnum.optional(),
    /** Unit after the number: "months", "km", "%". */
    unit: z.string().trim().optional(),
    /** number (default, grouped: 10,000) or year (printed as written: 2014). */
    format: z.enum(['number', 'year'], { error: 'expected number or year' }).default('number'),
    /** What it counts: "of Russian assaults on Siversk". */
    label: text('the stat label'),
    /** The id of the source for this number (figures carry their own). */
    source: entryId('source').optional(),
  })
  .superRefine((item, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (item.figure) {
      for (const field of ['value', 'qualifier', 'unit', 'source'] as const) {
        if (item[field] !== undefined) problem(field, `a stat that shows figure "${item.figure}" takes its ${field} from the figure; remove ${field}`);
      }
      return;
    }
    if (item.value === undefined) return problem('value', 'a stat needs a value (a number) and a source, or figure: the id of a shared figure');
    if (!item.source) problem('source', 'a stat needs the id of its source, e.g. source: isw-siversk-2025-12');
    if (typeof item.value === 'string' && /\d/.test(item.value)) {
      const digits = item.value.replace(/[^\d.]/g, '');
      problem(
        'value',
        `"${item.value}" hides a number in text: write value: ${digits || 'the number'} and put words such as "about" in qualifier (about, more-than, at-least, up-to, under)`,
      );
    }
  });

/** A few headline numbers with units, labels and sources. */
export const statsChart = z.object({
  type: z.literal('stats'),
  ...chartFrame,
  items: z.array(stat).min(1, { error: 'a stat grid needs at least one item' }).max(8, {
    error: 'a stat grid holds at most 8 items; split it or pick the key numbers',
  }),
});

export type Stat = z.output<typeof stat>;
export type StatsChart = z.output<typeof statsChart>;
