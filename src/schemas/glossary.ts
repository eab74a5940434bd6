import { z } from 'astro/zod';
import { entryId, httpUrl, text } from './common';

/** A recurring term that pages can link to: `[axis](/glossary/#axis)`. */
export const glossarySchema = z.object({
  /** The term as readers meet it: "Fortress belt". */
  term: text('the term'),
  /** Other forms of the term, shown under it: "Donbass". */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** One or two sentences in plain words. */
  definition: text('the definition'),
  /** Ids of sources the definition rests on, where it rests on reporting. */
  sources: z.array(entryId('source')).default([]),
  /** Further reading outside the site: `[{ label, url }]`. */
  links: z.array(z.object({ label: text('the link label'), url: httpUrl })).default([]),
  /** The term in other languages, by language code: `{ uk: { term: "Напрямок", definition: "..." } }`. */
  translations: z
    .record(
      z.string().regex(/^[a-z]{2,3}$/, { error: 'expected a language code, e.g. uk' }),
      z.object({ term: text('the term'), aliases: z.array(z.string().trim().min(1)).default([]), definition: text('the definition') }),
    )
    .default({}),
});
