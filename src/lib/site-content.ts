import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Objects, Topology } from 'topojson-specification';
import type { GeoLayer } from '../charts/types';
import type { Figure } from '../schemas/figure';
import type { Place } from '../schemas/place';
import type { Source } from '../schemas/source';

export type TopicEntry = CollectionEntry<'topics'>;

export interface SiteContent {
  topics: TopicEntry[];
  sources: Map<string, Source>;
  places: Map<string, Place>;
  figures: Map<string, Figure>;
  /** Map layers with their data, read once. */
  layers: Map<string, GeoLayer>;
  /** Glossary terms in alphabetical order. */
  glossary: CollectionEntry<'glossary'>[];
}

let loading: Promise<SiteContent> | undefined;

/**
 * All collections, read once per build. They were checked before Astro read them (see
 * lib/content-validation.ts), so every id they hold points at an entry that exists.
 */
export function loadSiteContent(): Promise<SiteContent> {
  loading ??= (async () => {
    const [topics, sources, places, figures, geo, glossary] = await Promise.all([
      getCollection('topics'),
      getCollection('sources'),
      getCollection('places'),
      getCollection('figures'),
      getCollection('geo'),
      getCollection('glossary'),
    ]);
    const geoDir = join(process.env.CONTENT_DIR ?? 'content', 'geo');
    // Drafts are shown in the preview only: a production build leaves them out of every page, feed and index.
    const published = import.meta.env.PROD ? topics.filter((topic) => !topic.data.draft) : topics;
    published.sort((a, b) => b.data.updated.localeCompare(a.data.updated) || a.data.title.localeCompare(b.data.title));
    const content: SiteContent = {
      topics: published,
      sources: new Map(sources.map((entry) => [entry.id, { ...entry.data, id: entry.id }])),
      places: new Map(places.map((entry) => [entry.id, { ...entry.data, id: entry.id }])),
      figures: new Map(figures.map((entry) => [entry.id, { ...entry.data, id: entry.id }])),
      layers: new Map(
        geo.map((entry) => [
          entry.id,
          {
            id: entry.id,
            meta: entry.data,
            topology: JSON.parse(readFileSync(join(geoDir, entry.data.file), 'utf8')) as Topology<Objects<Record<string, unknown>>>,
          },
        ]),
      ),
      glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term)),
    };
    // Social cards take a worker thread's time, not the pages': start them before the first page.
    if (import.meta.env.PROD) void import('./topic-card').then(({ startTopicCards }) => startTopicCards(content.topics, content));
    return content;
  })();
  return loading;
}

export { chartContext } from './chart-context';
