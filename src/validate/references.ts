/** Which collection an id in a given field points into; the field names are the schemas'. */
const fieldCollections: Record<string, Collection> = {
  source: 'sources',
  sources: 'sources',
  via: 'sources',
  places: 'places',
  from: 'places',
  to: 'places',
  related: 'topics',
  figure: 'figures',
  reported: 'figures',
  report: 'sources',
  layers: 'geo',
};

export type Collection = 'sources' | 'places' | 'topics' | 'figures' | 'geo';

export interface Reference {
  collection: Collection;
  id: string;
  /** Where in the entry's data the id stands, e.g. `charts.advance.events.2.source`. */
  path: string;
}

/** Every id an entry's data points at in another collection, found by the field that holds it. */
export function collectReferences(data: unknown, path: string[] = []): Reference[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => collectReferences(item, [...path, String(index)]));
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const collection = fieldCollections[key];
    // `places` inside a gazetteer group or a map is a list of ids; anywhere else a nested object is walked.
    if (collection && (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')))) {
      const ids = Array.isArray(value) ? value : [value];
      return ids.map((id, index) => ({
        collection,
        id,
        path: [...path, key, ...(Array.isArray(value) ? [String(index)] : [])].join('.'),
      }));
    }
    return collectReferences(value, [...path, key]);
  });
}
