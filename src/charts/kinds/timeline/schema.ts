import { z } from 'astro/zod';
import { datePrecision, entryId, isoDate, text } from '../../../schemas/common';
import { chartFrame } from '../../frame';

/** How sure the reporting is that an event happened as described. */
export const claimStatuses = ['confirmed', 'claimed', 'disputed', 'conflicting'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

const timelineEvent = z
  .object({
    /** The day it happened, YYYY-MM-DD; with `precision: month`, any day of that month. */
    date: isoDate,
    /** day (default), month or year: how precisely the reporting dates it. Never invent a day. */
    precision: datePrecision,
    /** A few words on the axis: "Russia claims capture". */
    label: text('the event label'),
    /** One sentence of context, shown in the tooltip, table and text alternative. */
    note: z.string().trim().optional(),
    /** confirmed, claimed (say by whom in claimedBy), disputed, or conflicting reports. */
    status: z.enum(claimStatuses, { error: `expected one of: ${claimStatuses.join(', ')}` }),
    /** Who makes the claim, required when status is claimed: "Russia's General Staff". */
    claimedBy: z.string().trim().min(1).optional(),
    /** The id of the source for this event. */
    source: entryId('source'),
  })
  .refine((event) => event.status !== 'claimed' || event.claimedBy, {
    error: 'a claimed event needs claimedBy: who makes the claim, e.g. "Russia\'s General Staff"',
    path: ['claimedBy'],
  });

/** Dated events on a time axis, each marked by how well it is established. */
export const timelineChart = z.object({
  type: z.literal('timeline'),
  ...chartFrame,
  events: z.array(timelineEvent).min(1, { error: 'a timeline needs at least one event' }),
});

export type TimelineChart = z.output<typeof timelineChart>;
