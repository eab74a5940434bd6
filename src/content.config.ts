import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossarySchema } from './schemas/glossary';
import { placeSchema } from './schemas/place';
import { sourceSchema } from './schemas/source';
import { topicSchema } from './schemas/topic';

// CONTENT_DIR lets the end-to-end tests build a fixture site; newsrooms keep the default.
const root = process.env.CONTENT_DIR ?? './content';

export const collections = {
  topics: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${root}/topics` }), schema: topicSchema }),
  sources: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: `${root}/sources` }), schema: sourceSchema }),
  places: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: `${root}/places` }), schema: placeSchema }),
  glossary: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: `${root}/glossary` }), schema: glossarySchema }),
};
