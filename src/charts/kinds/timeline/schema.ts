import { z } from 'astro/zod';
import { datePrecision, entryId, isoDate, text } from '../../../schemas/common';
import { chartFrame } from '../../frame';

/**
 * How well an event is established (defined for readers in the glossary, `claim-status`):
 * confirmed (by whom), claimed (by one side), disputed (denied by the other side or contradicted
 * by another source), unverified (reported, not confirmed or denied by anyone we can name).
 */
export const claimStatuses = ['confirmed', 'claimed', 'disputed', 'unverified'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/** What an entry records: something that happened, or something someone said (which has no status). */
export const entryKinds = ['event', 'statement'] as const;

const party = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `name ${what}` });

const timelineEntry = z
  .object({
    /** The day it happened, YYYY-MM-DD; with `precision: month`, any day of that month. */
    date: isoDate,
    /** day (default), month or year: how precisely the reporting dates it. Never invent a day. */
    precision: datePrecision,
    /** True when the date is our inference from the reporting, not stated in it: shown as "around". */
    approximate: z.boolean().default(false),
    /** event (default): something that happened. statement: something someone said, with `by`. */
    kind: z.enum(entryKinds, { error: 'expected event or statement' }).default('event'),
    /** A few words on the axis: "Russia claims capture". */
    label: text('the event label'),
    /** One sentence of context, shown in the tooltip, table and text alternative. */
    note: z.string().trim().optional(),
    /** confirmed, claimed, disputed or unverified; required for events, not used for statements. */
    status: z.enum(claimStatuses, { error: `expected one of: ${claimStatuses.join(', ')}` }).optional(),
    /** Who confirms it, for a confirmed event: "Ukraine's General Staff". */
    confirmedBy: party('who confirms it').optional(),
    /** Who makes the claim, for a claimed or disputed event: "Russia's General Staff". */
    claimedBy: party('who makes the claim').optional(),
    /** Who denies it, for a disputed event: "Ukraine's military". */
    deniedBy: party('who denies it').optional(),
    /** Who said it, for a statement: "Steve Witkoff, US special envoy". */
    by: party('who said it').optional(),
    /** The id of the source for this entry. */
    source: entryId('source'),
  })
  .superRefine((entry, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (entry.kind === 'statement') {
      if (!entry.by) problem('by', 'a statement needs by: who said it, e.g. "Donald Trump, US president"');
      if (entry.status) problem('status', 'a statement has no claim status: it records that someone said something; remove status');
      return;
    }
    if (!entry.status) return problem('status', `an event needs a status: one of ${claimStatuses.join(', ')}`);
    if (entry.status === 'confirmed' && !entry.confirmedBy)
      problem('confirmedBy', 'a confirmed event needs confirmedBy: who confirms it, e.g. "Ukraine\'s General Staff"');
    if ((entry.status === 'claimed' || entry.status === 'disputed') && !entry.claimedBy) {
      problem('claimedBy', `a ${entry.status} event needs claimedBy: who makes the claim, e.g. "Russia's General Staff"`);
    }
    if (entry.status === 'claimed' && entry.deniedBy) problem('status', 'a claim that the other side denies is disputed: set status: disputed');
    if (entry.status === 'disputed' && !entry.deniedBy) problem('deniedBy', 'a disputed event needs deniedBy: who denies or contradicts it');
  });

/** Dated events and statements on a time axis, each event marked by how well it is established. */
export const timelineChart = z.object({
  type: z.literal('timeline'),
  ...chartFrame,
  events: z.array(timelineEntry).min(1, { error: 'a timeline needs at least one event' }),
});

export type TimelineEntrySpec = z.output<typeof timelineEntry>;
export type TimelineChart = z.output<typeof timelineChart>;
