import { geoBounds, geoCentroid, type GeoStream } from 'd3';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };

/** ISO 3166-1 numeric codes used by Natural Earth in world-atlas. */
const UKRAINE = '804';
const RUSSIA = '643';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const topology = world as unknown as Countries;

export type CountryShape = { id: string; name: string; feature: GeoJSON.Feature; bounds: [[number, number], [number, number]] };

export const ukraineId = UKRAINE;

/**
 * The projections' spherical pre-clip, switched off. d3 clips every polygon at the antimeridian
 * before projecting it, testing each ring against the sphere, which made that test the build's
 * single most expensive step. Maps here centre on Ukraine (rotated 31° east), so the cut falls at
 * 149° west, in Alaska, which no country they draw reaches; the rectangle clip after projecting
 * still trims everything to the frame.
 */
export const noPreclip = (stream: GeoStream): GeoStream => stream;

/** The Russian polygons that are Crimea, by index: found once, on the full-detail outlines. */
let crimeaIndexes: Set<number> | undefined;
function crimea(russia: MultiPolygon): Set<number> {
  crimeaIndexes ??= new Set(
    russia.arcs.flatMap((polygon, index) => {
      const [lon, lat] = geoCentroid(feature(topology, { type: 'Polygon', arcs: polygon }) as GeoJSON.Feature);
      return lon > 32 && lon < 37 && lat > 44 && lat < 46.3 ? [index] : [];
    }),
  );
  return crimeaIndexes;
}

/**
 * Country outlines from Natural Earth (world-atlas, 1:50m), with Crimea drawn as part of Ukraine:
 * the internationally recognised border, which Natural Earth's de facto layer does not follow.
 */
function buildShapes(source: Countries): CountryShape[] {
  const geometries = source.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === RUSSIA) as MultiPolygon<{ name: string }>;
  const ukraine = geometries.find((g) => g.id === UKRAINE) as MultiPolygon<{ name: string }>;
  const inCrimea = crimea(russia);
  const russiaWithoutCrimea: MultiPolygon = { ...russia, arcs: russia.arcs.filter((_, i) => !inCrimea.has(i)) };
  const crimeaPolygons: Polygon[] = russia.arcs.filter((_, i) => inCrimea.has(i)).map((arcs) => ({ type: 'Polygon', arcs }));
  return geometries.map((geometry) => {
    const id = String(geometry.id);
    const name = (geometry.properties as { name?: string } | undefined)?.name ?? id;
    const shape: GeoJSON.Feature =
      id === UKRAINE
        ? { type: 'Feature', properties: { name }, geometry: merge(source, [ukraine, ...crimeaPolygons]) }
        : (feature(source, id === RUSSIA ? russiaWithoutCrimea : geometry) as GeoJSON.Feature);
    return { id, name, feature: shape, bounds: geoBounds(shape) };
  });
}

let weighted: Countries | undefined;
const atScale = new Map<number, CountryShape[]>();

/**
 * The outlines simplified to what a map at `degreesPerPixel` can show (about a square pixel of
 * detail), built once per scale for every page and width that draws at it. Without a scale: full
 * detail, for bounds and area tests.
 */
export function countryShapes(degreesPerPixel?: number): CountryShape[] {
  // Scales are rounded to a tenth of their order of magnitude, so nearly equal maps share outlines.
  const scale = degreesPerPixel === undefined ? 0 : Number(degreesPerPixel.toPrecision(1));
  let shapes = atScale.get(scale);
  if (!shapes) {
    weighted ??= presimplify(topology) as Countries;
    shapes = buildShapes(scale === 0 ? topology : (simplify(weighted, scale ** 2) as Countries));
    atScale.set(scale, shapes);
  }
  return shapes;
}

/** How many degrees of longitude Ukraine spans: a map of the whole country is that wide. */
export const ukraineSpan = 22;

/**
 * Ukraine's outline for a map `width` pixels across that shows the whole country (a locator, an
 * inset): simplified for that scale, not finer.
 */
export const wholeUkraine = (width: number): GeoJSON.Feature => countryShapes(ukraineSpan / width).find((shape) => shape.id === ukraineId)!.feature;

/** The countries whose bounding box comes within `margin` degrees of a longitude/latitude box. */
export function countriesNear(west: number, south: number, east: number, north: number, degreesPerPixel?: number, margin = 12): CountryShape[] {
  return countryShapes(degreesPerPixel).filter(({ bounds: [[w, s], [e, n]] }) => {
    // Countries spanning the antimeridian report west > east; keep them, the clip removes what is off-frame.
    if (w > e) return true;
    return w <= east + margin && e >= west - margin && s <= north + margin && n >= south - margin;
  });
}
