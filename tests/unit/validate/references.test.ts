import { describe, expect, it } from 'vitest';
import { collectReferences } from '../../../src/validate/references';

describe('collectReferences', () => {
  it('finds source, place, figure and topic ids by the fields that hold them, with their paths', () => {
    const refs = collectReferences({
      sources: ['isw'],
      related: ['bakhmut'],
      charts: {
        map: {
          type: 'map',
          places: ['siversk'],
          lines: [
            { from: 'siversk', to: 'sloviansk', reported: { source: 'aggregator' } },
            { from: 'a', to: 'b', reported: 'distance' },
          ],
        },
        facts: { type: 'stats', items: [{ figure: 'drones', report: 'lbc' }] },
      },
    });
    expect(refs).toEqual([
      { collection: 'sources', id: 'isw', path: 'sources.0' },
      { collection: 'topics', id: 'bakhmut', path: 'related.0' },
      { collection: 'places', id: 'siversk', path: 'charts.map.places.0' },
      { collection: 'places', id: 'siversk', path: 'charts.map.lines.0.from' },
      { collection: 'places', id: 'sloviansk', path: 'charts.map.lines.0.to' },
      { collection: 'sources', id: 'aggregator', path: 'charts.map.lines.0.reported.source' },
      { collection: 'places', id: 'a', path: 'charts.map.lines.1.from' },
      { collection: 'places', id: 'b', path: 'charts.map.lines.1.to' },
      { collection: 'figures', id: 'distance', path: 'charts.map.lines.1.reported' },
      { collection: 'figures', id: 'drones', path: 'charts.facts.items.0.figure' },
      { collection: 'sources', id: 'lbc', path: 'charts.facts.items.0.report' },
    ]);
  });

  it('ignores words in fields that hold text, not ids', () => {
    expect(collectReferences({ title: 'siversk', charts: { a: { events: [{ label: 'isw', claimedBy: 'lbc' }] } } })).toEqual([]);
  });
});
