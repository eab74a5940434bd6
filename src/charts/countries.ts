import { geoCentroid } from 'd3';
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
export function countryShapes(): { id: string; name: string; feature: GeoJSON.Feature }[] {
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === RUSSIA) as MultiPolygon<{ name: string }>;
  const ukraine = geometries.find((g) => g.id === UKRAINE) as MultiPolygon<{ name: string }>;
  const crimea = russia.arcs.filter(isCrimea);
  const russiaWithoutCrimea: MultiPolygon = { ...russia, arcs: russia.arcs.filter((p) => !isCrimea(p)) };
  const crimeaPolygons: Polygon[] = crimea.map((arcs) => ({ type: 'Polygon', arcs }));
  return geometries.map((geometry) => {
    const id = String(geometry.id);
    const name = (geometry.properties as { name?: string } | undefined)?.name ?? id;
    if (id === UKRAINE) {
      return { id, name, feature: { type: 'Feature', properties: { name }, geometry: merge(topology, [ukraine, ...crimeaPolygons]) } };
    }
    const shape = id === RUSSIA ? russiaWithoutCrimea : geometry;
    return { id, name, feature: feature(topology, shape) as GeoJSON.Feature };
  });
}

export const ukraineId = UKRAINE;
