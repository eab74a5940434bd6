import { z } from 'astro/zod';
import { reportedValue, text } from './common';

/** A gazetteer entry that topics and maps point to by id. */
export const placeSchema = z.object({
  /** The name in Ukrainian transliteration: "Sloviansk". */
  name: text('the place name'),
  /** Other spellings readers search for: "Slovyansk", "Slavyansk". */
  alternateNames: z.array(z.string().trim().min(1)).default([]),
  /** What it is: city, town, village, region, country. */
  kind: z.enum(['city', 'town', 'village', 'region', 'country'], {
    error: 'expected one of: city, town, village, region, country',
  }),
  /** The oblast (region) it lies in, e.g. "Donetsk". */
  oblast: z.string().trim().optional(),
  /** Latitude in decimal degrees, north positive. */
  latitude: z.number({ error: 'expected latitude as a number of degrees, e.g. 48.87' }).min(-90).max(90),
  /** Longitude in decimal degrees, east positive. */
  longitude: z.number({ error: 'expected longitude as a number of degrees, e.g. 38.1' }).min(-180).max(180),
  /** Pre-war population as each source reports it; several entries when sources disagree. */
  population: z.array(reportedValue).default([]),
});

/** A gazetteer entry with its id (the file name): the one place type charts and pages use. */
export type Place = z.output<typeof placeSchema> & { id: string };
