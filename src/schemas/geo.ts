import { z } from 'astro/zod';
import { httpUrl, text } from './common';

/**
 * A map layer: a GeoJSON or TopoJSON file under content/geo/ and what readers need to know about
 * it. Maps stack layers by id (`layers: [oblasts, rivers]`); each is keyed and credited on the map.
 */
export const geoLayerSchema = z
  .object({
    /** What the layer shows, for the map's credits: "Oblast boundaries". */
    title: text('the layer title'),
    /** area (polygons: regions, areas of control), line (rivers, front lines) or point. */
    kind: z.enum(['area', 'line', 'point'], { error: 'expected area, line or point' }),
    /** The data file beside this one: oblasts.topo.json or a .geojson file. */
    file: z.string().regex(/^[\w.-]+\.(topo\.json|geojson|json)$/, { error: 'expected a file name such as oblasts.topo.json' }),
    /** For TopoJSON, the object inside the file that holds the features. */
    object: z.string().trim().min(1).optional(),
    /** The words in the map's key. */
    legend: text('the legend entry'),
    /** Where the data come from, named as readers should see it. */
    source: text('the source'),
    /** The source's own page. */
    sourceUrl: httpUrl,
    /** The licence, checked: under what terms we may publish the data. */
    license: text('the licence'),
    /** How current the data are: a date or the edition. */
    asOf: text('how current the data are'),
    /** Editors' notes on how the file was made. Never published. */
    research: z.string().optional(),
    /** The reader-facing words in other languages, by language code: `{ uk: { title, legend, license, asOf } }`. */
    translations: z
      .record(
        z.string().regex(/^[a-z]{2,3}$/, { error: 'expected a language code, e.g. uk' }),
        z.object({
          title: text('the layer title'),
          legend: text('the legend entry'),
          license: z.string().trim().min(1).optional(),
          asOf: z.string().trim().min(1).optional(),
        }),
      )
      .default({}),
  })
  .transform(({ research: _private, ...published }) => published);

export type GeoLayerMeta = z.output<typeof geoLayerSchema>;
