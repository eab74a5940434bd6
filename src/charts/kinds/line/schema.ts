import { z } from 'astro/zod';
import { datePrecision, entryId, isoDate, qualifier, text } from '../../../schemas/common';
import { chartFrame } from '../../frame';

const point = z.object({
  date: isoDate,
  /** day (default), month or year: how precisely the reporting dates this point. */
  precision: datePrecision,
  value: z.number({ error: 'expected a number' }),
  qualifier,
  /** The source of this point; defaults to the series' source. */
  source: entryId('source').optional(),
});

const series = z
  .object({
    label: text('the series label'),
    /** The source for every point that does not name its own. */
    source: entryId('source').optional(),
    /** True when only the points are reported and the line between them is a straight join: drawn dashed. */
    interpolated: z.boolean().default(false),
    points: z.array(point).min(3, {
      error:
        'a line needs at least three observed points: with two, the line between them shows nothing that was observed. Use a change chart (type: change, from → to) or two stats',
    }),
  })
  .transform((input, ctx) => {
    const points = input.points.map((p, index) => {
      const source = p.source ?? input.source;
      if (!source)
        ctx.addIssue({
          code: 'custom',
          path: ['points', index, 'source'],
          message: `the point on ${p.date} has no source; give it one or set the series' source`,
        });
      return { ...p, source: source ?? '' };
    });
    return { label: input.label, interpolated: input.interpolated, points: points.sort((a, b) => a.date.localeCompare(b.date)) };
  });

/** A quantity over time, e.g. the distance advanced, with dated annotations. */
export const lineChart = z.object({
  type: z.literal('line'),
  ...chartFrame,
  /** The unit on the value axis: "km". */
  unit: z.string().trim().default(''),
  series: z.array(series).min(1),
});

export type LineChart = z.output<typeof lineChart>;
