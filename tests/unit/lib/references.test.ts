import { describe, expect, it } from 'vitest';
import { collectReferences, findBrokenReferences, findDuplicateIds } from '../../../src/lib/references';

const sources = [{ id: 'isw', data: { outlet: 'ISW', via: 'euronews' } }, { id: 'euronews', data: { outlet: 'Euronews' } }];
const places = [{ id: 'siversk', data: { name: 'Siversk', population: [{ value: 11000, source: 'euromaidan' }] } }];

describe('collectReferences', () => {
  it('finds source, place and topic ids by the fields that hold them, with their paths', () => {
    const refs = collectReferences({
      sources: ['isw'],
      related: ['bakhmut'],
      charts: { map: { type: 'map', places: ['siversk'], lines: [{ from: 'siversk', to: 'sloviansk', reported: { source: 'aggregator' } }] } },
    });
    expect(refs).toEqual([
      { collection: 'sources', id: 'isw', path: 'sources.0' },
      { collection: 'topics', id: 'bakhmut', path: 'related.0' },
      { collection: 'places', id: 'siversk', path: 'charts.map.places.0' },
      { collection: 'places', id: 'siversk', path: 'charts.map.lines.0.from' },
      { collection: 'places', id: 'sloviansk', path: 'charts.map.lines.0.to' },
      { collection: 'sources', id: 'aggregator', path: 'charts.map.lines.0.reported.source' },
    ]);
  });
});

describe('findBrokenReferences', () => {
  it('names the file, the field and the unknown source id, and says how to fix it', () => {
    const topics = [{ id: 'siversk', filePath: 'content/topics/siversk.mdx', data: { sources: ['isw'], charts: { facts: { items: [{ source: 'isw-typo' }] } } } }];
    expect(findBrokenReferences({ topics, sources, places })).toEqual([
      'content/topics/siversk.mdx: charts.facts.items.0.source points to source "isw-typo", which does not exist. Add content/sources/isw-typo.yaml or fix the id.',
      'places/siversk: population.0.source points to source "euromaidan", which does not exist. Add content/sources/euromaidan.yaml or fix the id.',
    ]);
  });

  it('reports an unknown place on a map and an unknown related topic', () => {
    const topics = [{ id: 'a', filePath: 'a.mdx', data: { related: ['nowhere'], charts: { m: { places: ['atlantis'] } } } }];
    const problems = findBrokenReferences({ topics, sources, places: [{ id: 'siversk', data: {} }] });
    expect(problems).toEqual([
      'a.mdx: related.0 points to topic "nowhere", which does not exist. Add content/topics/nowhere.mdx or fix the id.',
      'a.mdx: charts.m.places.0 points to place "atlantis", which does not exist. Add content/places/atlantis.yaml or fix the id.',
    ]);
  });

  it('passes content whose every reference resolves', () => {
    expect(findBrokenReferences({ topics: [{ id: 'a', data: { sources: ['isw'], places: ['siversk'] } }], sources, places: [{ id: 'siversk', data: {} }] })).toEqual([]);
  });
});

describe('findDuplicateIds', () => {
  it('names both files when two topics share a slug', () => {
    const topics = [
      { id: 'siversk', filePath: 'content/topics/siversk.mdx', data: {} },
      { id: 'siversk', filePath: 'content/topics/siversk-battle.mdx', data: {} },
    ];
    expect(findDuplicateIds(topics)).toEqual([
      'content/topics/siversk-battle.mdx: its slug "siversk" is already used by content/topics/siversk.mdx; give one of them another slug.',
    ]);
  });
});
