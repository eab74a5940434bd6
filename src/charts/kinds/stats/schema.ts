import { z } from 'astro/zod';
import { entryId, qualifier, text } from '../../../schemas/common';
import { chartFrame } from '../../frame';

const stat = z.object({
  /** The headline number: 41, or text such as "75%" when the number is not plain. */
  value: z.union([z.number(), z.string().trim().min(1)], { error: 'expected a number or short text' }),
  /** How the number is qualified: about, more-than, under ... */
  qualifier,
  /** Unit after the number: "months", "km". */
  unit: z.string().trim().default(''),
  /** What it counts: "of Russian assaults on Siversk". */
  label: text('the stat label'),
  /** The id of the source for this number. */
  source: entryId('source'),
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
