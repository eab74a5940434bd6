import type { ChartRegistries } from './chart-context';
import { topicCardFile } from './topic-card';
import { whenWorkerFree } from './social-card';
import { contentEntries } from '../validate';

/**
 * Draws every published topic's card into the card cache from the content files alone, before
 * Astro has read them: `npm run build` runs this in a process of its own while Astro bundles on
 * one core (scripts/draw-cards.mjs), so when the pages start, the cards of src/lib/topic-card.ts find theirs drawn and
 * the worker is free for the chart downloads. The same inputs make the same drawing, hence the same
 * cache file; a card this missed is drawn during the pages as before. Returns how many it drew.
 * (A module of its own, so the pages' bundle does not carry the content checks.)
 */
export async function drawCardsAhead(contentDir: string): Promise<number> {
  const entries = contentEntries(contentDir);
  const data = <T>(entries: Map<string, { data: T }>) => new Map([...entries].map(([id, entry]) => [id, { ...entry.data, id }]));
  const registries: ChartRegistries = { sources: data(entries.sources), places: data(entries.places), figures: data(entries.figures), layers: new Map() };
  const topics = entries.topics.filter((topic) => !topic.data.draft);
  await Promise.all(topics.map((topic) => whenWorkerFree(() => topicCardFile(topic, registries))));
  return topics.length;
}
