import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryIdFromPath } from './validate/read';
import { figureSchema } from './schemas/figure';
import { geoLayerSchema } from './schemas/geo';
import { glossarySchema } from './schemas/glossary';
import { placeSchema } from './schemas/place';
import { sourceSchema } from './schemas/source';
import { topicSchema } from './schemas/topic';
import { translationSchema } from './schemas/translation';

// CONTENT_DIR lets the end-to-end tests build a fixture site; newsrooms keep the default.
const root = process.env.CONTENT_DIR ?? './content';

/** Each collection's files, with the ids the content check gives them, so the two never disagree. */
const files = (collection: string, pattern: string) => glob({ pattern, base: `${root}/${collection}`, generateId: ({ entry }) => entryIdFromPath(entry) });

export const collections = {
  topics: defineCollection({ loader: files('topics', '*.mdx'), schema: topicSchema }),
  // Translations sit beside the originals, one folder per language: topics/uk/siversk.mdx.
  translations: defineCollection({ loader: files('topics', '*/*.mdx'), schema: translationSchema }),
  sources: defineCollection({ loader: files('sources', '**/*.yaml'), schema: sourceSchema }),
  places: defineCollection({ loader: files('places', '**/*.yaml'), schema: placeSchema }),
  figures: defineCollection({ loader: files('figures', '**/*.yaml'), schema: figureSchema }),
  geo: defineCollection({ loader: files('geo', '*.yaml'), schema: geoLayerSchema }),
  glossary: defineCollection({ loader: files('glossary', '**/*.yaml'), schema: glossarySchema }),
};
