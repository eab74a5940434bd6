import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { placeSchema } from './schemas/place';
import { sourceSchema } from './schemas/source';
import { topicSchema } from './schemas/topic';

export const collections = {
  topics: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/topics' }), schema: topicSchema }),
  sources: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './content/sources' }), schema: sourceSchema }),
  places: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './content/places' }), schema: placeSchema }),
};
