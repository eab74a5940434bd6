import { z } from 'astro/zod';
import { entryId, isoDate, text } from '../schemas/common';
import type { ChartContext } from './types';

/**
 * A note drawn on a chart, tied to what it is about: a place on a map, a date (or a span of dates
 * with `until`) on a timeline or line chart. It is sourced like any figure: the source joins the
 * chart's source line, and the note joins the generated text alternative.
 */
export const annotation = z
  .object({
    /** The note as drawn: a few words, "Gerasimov claims capture". */
    label: text('the annotation').pipe(z.string().max(80, { error: 'keep an annotation under 80 characters: it is drawn on the chart; say more in the text' })),
    /** Where the note's claim comes from. */
    source: entryId('source').optional(),
    /** The place it is about (maps). */
    place: entryId('place').optional(),
    /** The day it is about (timelines, line charts). */
    date: isoDate.optional(),
    /** With `date`, the last day of a span it is about (line charts). */
    until: isoDate.optional(),
  })
  .superRefine((note, ctx) => {
    const anchors = [note.place && 'place', note.date && 'date'].filter(Boolean);
    if (anchors.length !== 1)
      ctx.addIssue({ code: 'custom', message: 'tie the annotation to one thing: place: <place id> on a map, or date: YYYY-MM-DD on a timeline or line chart' });
    if (note.until && !note.date) ctx.addIssue({ code: 'custom', path: ['until'], message: 'until ends a span that starts at date: add date' });
    if (note.until && note.date && note.until <= note.date)
      ctx.addIssue({ code: 'custom', path: ['until'], message: `until (${note.until}) must come after date (${note.date})` });
  });

export type Annotation = z.output<typeof annotation>;
export type AnchorKind = 'place' | 'date' | 'range';

export const annotations = z.array(annotation).default([]);

/** What an annotation is tied to, in words: "Siversk", "11 Dec 2025", "1 to 23 Dec 2025". */
export function anchorText(note: Annotation, { locale, place }: ChartContext): string {
  if (note.place) return place(note.place).name;
  if (note.until) return `${locale.date(note.date!)}–${locale.date(note.until)}`;
  return locale.date(note.date!);
}

/** The sentence the text alternative gains: "Notes on the chart: Gerasimov claims capture (Siversk)." */
export function describeAnnotations(notes: Annotation[], context: ChartContext): string {
  if (!notes.length) return '';
  const words = context.locale.t.chart.annotations;
  const list = notes.map((note) => `${note.label} (${anchorText(note, context)})`).join('; ');
  return words.describe.replace('{list}', list);
}

/** The kinds of anchor an annotation may have, and the kinds that draw them. */
export function anchorKind(note: Annotation): AnchorKind {
  return note.place ? 'place' : note.until ? 'range' : 'date';
}
