/** Which collection an id in a given field points into; the field names are the schema's. */
const fieldCollections: Record<string, Collection> = {
  source: 'sources',
  sources: 'sources',
  via: 'sources',
  places: 'places',
  from: 'places',
  to: 'places',
  related: 'topics',
};

export type Collection = 'sources' | 'places' | 'topics';

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

export interface EntryLike {
  id: string;
  filePath?: string;
  data: unknown;
}

/** Sentences naming the file, the field and the unknown id, for every reference that points nowhere. */
export function findBrokenReferences(
  /** The collections ids point into, plus any others (a glossary) whose references are checked too. */
  collections: Record<Collection, EntryLike[]> & Record<string, EntryLike[]>,
): string[] {
  const known = Object.fromEntries(
    Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((entry) => entry.id))]),
  ) as Record<Collection, Set<string>>;
  return Object.entries(collections).flatMap(([name, entries]) =>
    entries.flatMap((entry) =>
      collectReferences(entry.data)
        .filter((ref) => !known[ref.collection].has(ref.id))
        .map(
          (ref) =>
            `${entry.filePath ?? `${name}/${entry.id}`}: ${ref.path} points to ${ref.collection.replace(/s$/, '')} "${ref.id}", which does not exist. ` +
            `Add content/${ref.collection}/${ref.id}.${ref.collection === 'topics' ? 'mdx' : 'yaml'} or fix the id.`,
        ),
    ),
  );
}

/** Sentences naming every file whose entry id (slug) another file already uses. */
export function findDuplicateIds(entries: EntryLike[]): string[] {
  const firstFile = new Map<string, string>();
  return entries.flatMap((entry) => {
    const file = entry.filePath ?? entry.id;
    const earlier = firstFile.get(entry.id);
    if (earlier) return [`${file}: its slug "${entry.id}" is already used by ${earlier}; give one of them another slug.`];
    firstFile.set(entry.id, file);
    return [];
  });
}
