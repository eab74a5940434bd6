import { z } from 'astro/zod';
import { entryId, qualifier, text } from '../../../schemas/common';
import { chartFrame } from '../../frame';

const placeGroup = z.object({
  /** Legend text: "Fortress belt cities". */
  label: text('the group label'),
  /** Place ids drawn highlighted in this group. */
  places: z.array(entryId('place')).min(1),
});

/** A distance as one source reported it. */
const reportedInline = z.object({
  km: z.number({ error: 'expected the distance in km as a number, e.g. 30' }).positive({ error: 'a distance is more than 0 km' }),
  qualifier,
  source: entryId('source'),
});

const distanceLine = z.object({
  /** Place id at one end. */
  from: entryId('place'),
  /** Place id at the other end. */
  to: entryId('place'),
  /**
   * A distance the reporting gives, compared with the one computed from coordinates: inline
   * `{ km, qualifier, source }`, or the id of a shared figure whose unit is km.
   */
  reported: z
    .union([entryId('figure'), z.record(z.string(), z.unknown())], { error: 'expected { km, qualifier, source } or the id of a shared figure in km' })
    .transform((value, ctx) => {
      if (typeof value === 'string') return value;
      // Checked here rather than in the union, so a mistake is reported at its own field (reported.km).
      const inline = reportedInline.safeParse(value);
      if (inline.success) return inline.data;
      for (const issue of inline.error.issues) ctx.addIssue({ ...issue });
      return z.NEVER;
    })
    .optional(),
});

/** A locator map of Ukraine with labelled places, highlighted groups and measured lines. */
export const mapChart = z.object({
  type: z.literal('map'),
  ...chartFrame,
  /** Place ids drawn as labelled points. */
  places: z.array(entryId('place')).min(1, { error: 'a map needs at least one place' }),
  /** Up to three highlighted groups, each drawn with its own shape and colour. */
  groups: z.array(placeGroup).max(3, { error: 'a map shows at most 3 groups, so each keeps its own shape; merge or drop one' }).default([]),
  lines: z.array(distanceLine).default([]),
  /** Frame the map on these places (default: all places drawn). Use a wide frame for context. */
  frame: z.enum(['places', 'country']).default('places'),
  /** Map layers by id (files in content/geo/), drawn under the places: [oblasts, rivers]. */
  layers: z.array(entryId('map layer')).default([]),
  /** Areas of an area layer to draw highlighted and name on the map, by their id in the layer: [UA-14]. */
  highlight: z.array(z.string().trim().min(1)).default([]),
  /**
   * What a reader might expect on this map that it does not show, and why, in one sentence:
   * "The front line and areas of control: no openly licensed map of them is available to us."
   */
  notShown: z.string().trim().min(1).optional(),
});

export type MapChart = z.output<typeof mapChart>;
