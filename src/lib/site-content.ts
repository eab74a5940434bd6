import { getCollection, type CollectionEntry } from 'astro:content';
import { fill, type Locale } from '../i18n/locale';
import type { ChartContext } from '../charts/types';
import type { Place } from '../schemas/place';
import type { Source } from '../schemas/source';
import { findBrokenReferences } from './references';

export type TopicEntry = CollectionEntry<'topics'>;

export interface SiteContent {
  topics: TopicEntry[];
  sources: Map<string, Source>;
  places: Map<string, Place>;
  /** Glossary terms in alphabetical order. */
  glossary: CollectionEntry<'glossary'>[];
}

let loading: Promise<SiteContent> | undefined;

/**
 * All collections, checked once per build: a reference to a source, place or topic that does not
 * exist stops the build with the file, the field and the id, rather than shipping a broken page.
 */
export function loadSiteContent(): Promise<SiteContent> {
  loading ??= (async () => {
    const [topics, sources, places, glossary] = await Promise.all([
      getCollection('topics'),
      getCollection('sources'),
      getCollection('places'),
      getCollection('glossary'),
    ]);
    const problems = findBrokenReferences({ topics, sources, places, glossary });
    if (problems.length) throw new Error(`Broken references in content:\n${problems.join('\n')}`);
    topics.sort((a, b) => b.data.updated.localeCompare(a.data.updated) || a.data.title.localeCompare(b.data.title));
    return {
      topics,
      sources: new Map(sources.map((entry) => [entry.id, { ...entry.data, id: entry.id }])),
      places: new Map(places.map((entry) => [entry.id, { ...entry.data, id: entry.id }])),
      glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term)),
    };
  })();
  return loading;
}

/** What chart maths may look up, in the reader's language: sources by id with their chain, places by id. */
export function chartContext(content: Pick<SiteContent, 'sources' | 'places'>, locale: Locale): ChartContext {
  return {
    locale,
    source(id) {
      const source = content.sources.get(id);
      if (!source) return { id, name: id };
      const via = source.via ? content.sources.get(source.via) : undefined;
      return {
        id,
        name: via ? fill(locale.t.sourceChain, { source: source.outlet, via: via.outlet }) : source.outlet,
        // The source's own address, else the address of the outlet it was reported through.
        url: source.url ?? via?.url,
      };
    },
    place(id) {
      const place = content.places.get(id);
      if (!place) throw new Error(`Unknown place id "${id}": add content/places/${id}.yaml`);
      return place;
    },
  };
}
