import { describe, expect, it } from 'vitest';
import { placeSchema } from '../../../src/schemas/place';
import { sourceSchema } from '../../../src/schemas/source';

describe('sourceSchema', () => {
  it('accepts an official statement reported through an outlet', () => {
    const source = sourceSchema.parse({ outlet: "Ukraine's General Staff", title: 'Statement', kind: 'official-statement', date: '2025-12-23', via: 'euronews' });
    expect(source.via).toBe('euronews');
  });

  it('rejects an unknown kind, listing the four kinds', () => {
    const result = sourceSchema.safeParse({ outlet: 'X', title: 'Y', kind: 'blog' });
    expect(result.error?.issues[0]?.message).toBe('expected one of: official-statement, think-tank, news-outlet, aggregator');
  });

  it('rejects a URL that is not absolute', () => {
    const result = sourceSchema.safeParse({ outlet: 'X', title: 'Y', kind: 'news-outlet', url: 'www.example.org' });
    expect(result.error?.issues[0]?.message).toBe('expected a full web address starting with https://');
  });
});

describe('placeSchema', () => {
  it('accepts a place with two disagreeing population reports', () => {
    const place = placeSchema.parse({
      name: 'Siversk', kind: 'town', latitude: 48.87, longitude: 38.1,
      population: [{ value: 11000, qualifier: 'under', source: 'a' }, { value: 10000, qualifier: 'about', source: 'b' }],
    });
    expect(place.population).toHaveLength(2);
  });

  it('rejects a latitude given as text', () => {
    const result = placeSchema.safeParse({ name: 'Siversk', kind: 'town', latitude: '48.87 N', longitude: 38.1 });
    expect(result.error?.issues[0]?.message).toBe('expected latitude as a number of degrees, e.g. 48.87');
  });
});
