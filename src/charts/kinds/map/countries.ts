import { geoBounds, geoCentroid } from 'd3';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };

/** ISO 3166-1 numeric codes used by Natural Earth in world-atlas. */
const UKRAINE = '804';
const RUSSIA = '643';

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

function isCrimea(polygon: number[][]): boolean {
  const [lon, lat] = geoCentroid(feature(topology, { type: 'Polygon', arcs: polygon }) as GeoJSON.Feature);
  return lon > 32 && lon < 37 && lat > 44 && lat < 46.3;
}

/**
 * Country outlines from Natural Earth (world-atlas, 1:50m), with Crimea drawn as part of Ukraine:
 * the internationally recognised border, which Natural Earth's de facto layer does not follow.
 */
export function countryShapes(): CountryShape[] {
  cache ??= buildShapes();
  return cache;
}

type CountryShape = { id: string; name: string; feature: GeoJSON.Feature; bounds: [[number, number], [number, number]] };
/** Built once per process: the outlines never change, and every map needs them. */
let cache: CountryShape[] | undefined;

function buildShapes(): CountryShape[] {
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === RUSSIA) as MultiPolygon<{ name: string }>;
  const ukraine = geometries.find((g) => g.id === UKRAINE) as MultiPolygon<{ name: string }>;
  const crimea = russia.arcs.filter(isCrimea);
  const russiaWithoutCrimea: MultiPolygon = { ...russia, arcs: russia.arcs.filter((p) => !isCrimea(p)) };
  const crimeaPolygons: Polygon[] = crimea.map((arcs) => ({ type: 'Polygon', arcs }));
  return geometries.map((geometry) => {
    const id = String(geometry.id);
    const name = (geometry.properties as { name?: string } | undefined)?.name ?? id;
    const shape: GeoJSON.Feature =
      id === UKRAINE
        ? { type: 'Feature', properties: { name }, geometry: merge(topology, [ukraine, ...crimeaPolygons]) }
        : (feature(topology, id === RUSSIA ? russiaWithoutCrimea : geometry) as GeoJSON.Feature);
    return { id, name, feature: shape, bounds: geoBounds(shape) };
  });
}

export const ukraineId = UKRAINE;

/** The countries whose bounding box comes within `margin` degrees of a longitude/latitude box. */
export function countriesNear(west: number, south: number, east: number, north: number, margin = 12): CountryShape[] {
  return countryShapes().filter(({ bounds: [[w, s], [e, n]] }) => {
    // Countries spanning the antimeridian report west > east; keep them, the clip removes what is off-frame.
    if (w > e) return true;
    return w <= east + margin && e >= west - margin && s <= north + margin && n >= south - margin;
  });
}
