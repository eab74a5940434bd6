import { z } from 'astro/zod';
import { text } from './common';

/** A gazetteer entry that topics and maps point to by id. */
export const placeSchema = z.object({
  /** The name in Ukrainian transliteration: "Sloviansk". */
  name: text('the place name'),
  /** The name in other languages, by language code: `{ uk: "Слов'янськ" }`. */
  names: z.record(z.string().regex(/^[a-z]{2,3}$/), z.string().trim().min(1)).default({}),
  /** Other spellings readers search for: "Slovyansk", "Slavyansk". */
  alternateNames: z.array(z.string().trim().min(1)).default([]),
  /** What it is: city, town, village, region, country. */
  kind: z.enum(['city', 'town', 'village', 'region', 'country'], {
    error: 'expected one of: city, town, village, region, country',
  }),
  /** The oblast (region) it lies in, e.g. "Donetsk". */
  oblast: z.string().trim().optional(),
  /** Latitude in decimal degrees, north positive, between -90 and 90. */
  latitude: z
    .number({ error: 'expected latitude as a number of degrees between -90 and 90, e.g. 48.87' })
    .min(-90, { error: 'latitude must be between -90 and 90 degrees, e.g. 48.87' })
    .max(90, { error: 'latitude must be between -90 and 90 degrees, e.g. 48.87' }),
  /** Longitude in decimal degrees, east positive, between -180 and 180. */
  longitude: z
    .number({ error: 'expected longitude as a number of degrees between -180 and 180, e.g. 38.1' })
    .min(-180, { error: 'longitude must be between -180 and 180 degrees, e.g. 38.1' })
    .max(180, { error: 'longitude must be between -180 and 180 degrees, e.g. 38.1' }),
  /** Where the coordinates and names come from, so every distance we compute can be traced. */
  provenance: z.object({
    /** The gazetteer record the coordinates are taken from: `{ gazetteer: geonames, record: "Slovyansk" }`. */
    coordinates: z.object({
      gazetteer: z.enum(['geonames'], { error: 'expected geonames (the GeoNames gazetteer, CC BY 4.0)' }),
      /** The record's name in that gazetteer, which can differ from ours. */
      record: text('the gazetteer record name'),
    }),
    /** Where the name, its translations and alternate spellings come from. */
    names: text('where the names come from'),
  }),
});

/** A gazetteer entry with its id (the file name): the one place type charts and pages use. */
export type Place = z.output<typeof placeSchema> & { id: string };
