import { z } from 'astro/zod';
import { entryId, isoDate, text } from './common';

const correction = z.object({ date: isoDate, text: text('the correction') });

/**
 * A topic in another language: `content/topics/<language>/<topic>.mdx`. It translates the words
 * only. Dates, sources, places, figures and every number in the charts come from the original, so
 * the two editions cannot disagree on a fact.
 */
export const translationSchema = z.object({
  /** The original topic's id (its file name): siversk. */
  translationOf: entryId('topic'),
  /**
   * The original's `updated` date this translation follows. When the original is updated later,
   * the page says so and `npm run check` reports the translation as outdated.
   */
  translatedFrom: isoDate,
  /** The headline. */
  title: text('the title').max(120, { error: 'keep the title under 120 characters' }),
  /** The headline for search results and tabs, when `title` is longer than 70 characters. */
  shortTitle: text('the short title').max(70, { error: 'keep shortTitle to 70 characters or fewer: search engines cut longer titles' }).optional(),
  /** One sentence under the headline. */
  dek: text('the dek').max(300, { error: 'keep the dek to one sentence, under 300 characters' }),
  /** Who translated it. */
  translators: z.array(text('a translator')).default([]),
  /** The original's corrections, translated, in the same order. */
  corrections: z.array(correction).default([]),
  /**
   * The words of the original's charts, by chart id and with the original's field names: titles,
   * takeaways, notes, labels. Only text: numbers, dates and ids cannot be set here.
   */
  charts: z.record(entryId('chart'), z.record(z.string(), z.unknown())).default({}),
});

export type Translation = z.output<typeof translationSchema>;

/** Fields of a chart spec that hold words a reader sees, and so may be translated. */
export const translatableFields = new Set([
  'title',
  'takeaway',
  'notes',
  'alt',
  'label',
  'note',
  'notShown',
  'claimedBy',
  'deniedBy',
  'confirmedBy',
  'by',
  'unit',
]);

/**
 * The problems with a chart's translated words, as [path, message]: a field that is not text, a
 * field the original does not have, an item beyond the original's list.
 */
export function overlayProblems(original: unknown, overlay: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (Array.isArray(overlay)) {
    if (!Array.isArray(original)) return [[path, 'the original has no list here: translate the fields the original has']];
    return overlay.flatMap((item, index) =>
      index >= original.length
        ? [[[...path, index], `the original has only ${original.length} item(s) here`]]
        : overlayProblems(original[index], item, [...path, index]),
    );
  }
  if (overlay !== null && typeof overlay === 'object') {
    if (original === null || typeof original !== 'object' || Array.isArray(original)) return [[path, 'the original has no fields here']];
    return Object.entries(overlay).flatMap(([key, value]): [(string | number)[], string][] => {
      const at = [...path, key];
      if (!(key in (original as object))) return [[at, `the original chart has no ${key} here: translate only the fields it has`]];
      const before = (original as Record<string, unknown>)[key];
      if (
        typeof value === 'string' ||
        (Array.isArray(value) && value.every((v) => typeof v === 'string') && Array.isArray(before) && before.every((v) => typeof v === 'string'))
      ) {
        if (!translatableFields.has(key))
          return [[at, `${key} is not words to translate: numbers, dates and ids come from the original; remove ${key} from the translation`]];
        return [];
      }
      return overlayProblems(before, value, at);
    });
  }
  return [[path, 'a translation holds only words: numbers, dates and ids come from the original']];
}

/** The original's chart with the translated words laid over it. */
export function translateChart<T>(original: T, overlay: unknown): T {
  if (overlay === undefined || overlay === null) return original;
  if (typeof overlay === 'string') return (Array.isArray(original) ? [overlay] : overlay) as T;
  if (Array.isArray(overlay)) {
    if (!Array.isArray(original)) return original;
    return original.map((item, index) => (index < overlay.length ? translateChart(item, overlay[index]) : item)) as T;
  }
  if (typeof overlay === 'object' && original && typeof original === 'object') {
    const out: Record<string, unknown> = { ...(original as Record<string, unknown>) };
    for (const [key, value] of Object.entries(overlay)) if (key in out) out[key] = translateChart(out[key], value);
    return out as T;
  }
  return original;
}
