import { z } from 'astro/zod';
import { chartSchema } from '../charts/registry';
import { entryId, isoDate, text } from './common';

/** Where a story stands, shown as a label on cards and pages. */
export const storyStatuses = ['developing', 'ongoing', 'concluded', 'background'] as const;

const correction = z.object({
  /** When the correction was made, YYYY-MM-DD. */
  date: isoDate,
  /** What was wrong and what it now says. */
  text: text('the correction'),
});

/** One explainer: its frontmatter, from headline to chart data. */
export const topicSchema = z
  .object({
    /** The headline. */
    title: text('the title').max(120, { error: 'keep the title under 120 characters' }),
    /** The headline as search results and browser tabs show it, when `title` is longer than 70 characters. */
    shortTitle: text('the short title').max(70, { error: 'keep shortTitle to 70 characters or fewer: search engines cut longer titles' }).optional(),
    /** One sentence under the headline that says what the page explains. */
    dek: text('the dek').max(300, { error: 'keep the dek to one sentence, under 300 characters' }),
    /** First published, YYYY-MM-DD. */
    published: isoDate,
    /** Last substantive update, YYYY-MM-DD; not before `published`. */
    updated: isoDate,
    /** Bylines, e.g. ["Newsroom staff"]. */
    authors: z.array(text('an author')).min(1, { error: 'name at least one author' }),
    /** Subject tags, lower-case: ["donetsk", "frontline"]. */
    tags: z.array(entryId('tag')).default([]),
    /** explainer (default): the full format, held to the length and key-figures rules. brief: a short item, exempt from them. */
    format: z.enum(['explainer', 'brief'], { error: 'expected explainer or brief' }).default('explainer'),
    /** True while the page is being written: shown in the preview with a banner, left out of the published site. */
    draft: z.boolean({ error: 'expected true or false' }).default(false),
    /** developing, ongoing, concluded or background. */
    status: z.enum(storyStatuses, { error: `expected one of: ${storyStatuses.join(', ')}` }),
    /** Ids of every source the page draws on, listed at its foot. */
    sources: z.array(entryId('source')).min(1, { error: 'list at least one source id' }),
    /** Ids of the gazetteer places the page mentions. */
    places: z.array(entryId('place')).default([]),
    /** Ids (file names) of related topics, linked at the foot of the page. */
    related: z.array(entryId('topic')).default([]),
    /** Dated corrections, newest last; an empty list still shows the log. */
    corrections: z.array(correction).default([]),
    /** The page's charts by id, placed in the text with <Chart id="..." />. */
    charts: z.record(entryId('chart'), chartSchema).default({}),
  })
  .refine((topic) => topic.updated >= topic.published, {
    error: 'updated must be the same day as published or later',
    path: ['updated'],
  })
  .refine((topic) => topic.title.length <= 70 || topic.shortTitle, {
    error: 'the title is longer than 70 characters, which search results and browser tabs cut off: add shortTitle, a version of 70 characters or fewer',
    path: ['shortTitle'],
  });

export type Topic = z.output<typeof topicSchema>;
