import { buildShared } from './build-shared';

/**
 * What the sitemap needs from the content: each published topic's `updated` date by id, and which
 * topics an edition has translated (`uk/siversk`). The build's first read of the content fills it
 * (lib/site-content.ts), from the collections Astro has already parsed; the sitemap's options read
 * it once the pages are written (lib/content-validation.ts), from the other copy of this code
 * (build-shared.ts).
 */
export interface SitemapFacts {
  updated: Map<string, string>;
  translated: Set<string>;
}

export const sitemapFacts = buildShared<SitemapFacts>('sitemap-facts', () => ({ updated: new Map(), translated: new Set() }));

/** Records the published topics' dates and the editions' translations (by language, then by original id). */
export function recordSitemapFacts(topics: { id: string; data: { updated: string } }[], translations: Map<string, Map<string, unknown>>): void {
  for (const topic of topics) sitemapFacts.updated.set(topic.id, topic.data.updated);
  for (const [language, byOriginal] of translations) for (const original of byOriginal.keys()) sitemapFacts.translated.add(`${language}/${original}`);
}
