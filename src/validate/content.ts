import type { z } from 'astro/zod';
import type { Figure } from '../schemas/figure';
import type { GeoLayerMeta } from '../schemas/geo';
import type { glossarySchema } from '../schemas/glossary';
import type { Place } from '../schemas/place';
import type { Source } from '../schemas/source';
import type { Topic } from '../schemas/topic';
import type { Translation } from '../schemas/translation';
import type { BodyFacts } from './body';
import type { ContentFile } from './read';

/** An entry that passed its schema: the file it came from and its parsed data. */
export interface Entry<T> {
  file: ContentFile;
  data: T;
}

/** Every entry that passed its schema, by collection, for the checks that look across files. */
export interface CheckedContent {
  topics: (Entry<Topic> & { body: BodyFacts | undefined })[];
  /** Topics in other languages (content/topics/<language>/), checked against their originals. */
  translations: (Entry<Translation> & { body: BodyFacts | undefined })[];
  sources: Map<string, Entry<Source>>;
  places: Map<string, Entry<Place>>;
  figures: Map<string, Entry<Figure>>;
  glossary: Map<string, Entry<z.output<typeof glossarySchema>>>;
  geo: Map<string, Entry<GeoLayerMeta>>;
  /** The ids of every file found, valid or not: a reference to a broken file is not a second problem. */
  ids: Record<'topics' | 'sources' | 'places' | 'figures' | 'glossary' | 'geo', Set<string>>;
}

/** A check across the content: each returns every problem it finds, never just the first. */
export type Rule = (content: CheckedContent) => import('./problem').Problem[];
