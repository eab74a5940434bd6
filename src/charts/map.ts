import { geoConicConformal, geoInterpolate, geoPath } from 'd3';
import type { MapChart } from '../schemas/charts/map';
import type { Place } from '../schemas/place';
import type { Box } from './boxes';
import { countryShapes, ukraineId } from './countries';
import { defaults, round, type Variant } from './defaults';
import { describeQualified, formatNumber } from './format';
import { disagrees, greatCircleKm } from './geo-distance';
import { placeLabel, pointCandidates, textBox, type PlacedLabel } from './labels';

const layout = { padding: 14, pointRadius: 5, frameMargin: 0.18, minAspect: 0.6, maxAspect: 1.05 };

/** Shapes that tell groups apart without colour: index 0 is ungrouped places. */
export const groupShapes = ['circle', 'square', 'triangle', 'diamond'] as const;
export type GroupShape = (typeof groupShapes)[number];

export interface MapPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  shape: GroupShape;
  group: number;
  tip: string;
  label: PlacedLabel & { text: string };
}

export interface MapLine {
  from: string;
  to: string;
  path: string;
  computedKm: number;
  reported?: { km: number; text: string; source: string; disagrees: boolean };
  label: PlacedLabel & { text: string };
  tip: string;
}

export interface MapScene {
  width: number;
  height: number;
  countries: { id: string; name: string; path: string; focus: boolean }[];
  points: MapPoint[];
  lines: MapLine[];
}

export type PlaceLookup = (id: string) => Place & { id: string };

/** Distance text for a line: "37 km", with the reported figure beside it when the two differ. */
export function distanceText(computedKm: number, reported?: { km: number; qualifier: MapChart['lines'][number]['reported'] extends infer R ? R extends { qualifier: infer Q } ? Q : never : never }) {
  const computed = `${formatNumber(Math.round(computedKm))} km`;
  if (!reported || !disagrees(reported.km, computedKm)) return computed;
  return `${computed} (reported: ${describeQualified(reported.km, reported.qualifier)})`;
}

/** Projects the places, draws country outlines clipped to the frame and places every label clear. */
export function layoutMap(chart: MapChart, variant: Variant, place: PlaceLookup, sourceName: (id: string) => string = (id) => id): MapScene {
  const width = defaults.widths[variant];
  const places = chart.places.map(place);
  const shapes = countryShapes();
  const ukraine = shapes.find((shape) => shape.id === ukraineId)!.feature;

  const lons = places.map((p) => p.longitude);
  const lats = places.map((p) => p.latitude);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const marginLon = Math.max((east - west) * layout.frameMargin, 0.25);
  const marginLat = Math.max((north - south) * layout.frameMargin, 0.18);
  const frame: GeoJSON.Feature =
    chart.frame === 'country'
      ? ukraine
      : {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [west - marginLon, south - marginLat],
              [east + marginLon, north + marginLat],
              [west - marginLon, north + marginLat],
              [east + marginLon, south - marginLat],
            ],
          },
        };

  const centreLon = chart.frame === 'country' ? 31.2 : (west + east) / 2;
  const projection = geoConicConformal().parallels([45, 51]).rotate([-centreLon, 0]);
  const pad = layout.padding;
  projection.fitWidth(width - 2 * pad, frame);
  const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
  const height = round(Math.min(Math.max(y1 - y0 + 2 * pad, width * layout.minAspect), width * layout.maxAspect));
  projection.fitExtent([[pad, pad], [width - pad, height - pad]], frame);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);

  const countries = shapes
    .map((shape) => ({ id: shape.id, name: shape.name, path: path(shape.feature) ?? '', focus: shape.id === ukraineId }))
    .filter((shape) => shape.path !== '')
    // Ukraine last, so its outline draws over its neighbours' shared borders.
    .sort((a, b) => Number(a.focus) - Number(b.focus) || a.id.localeCompare(b.id));

  const groupOf = (id: string) => chart.groups.findIndex((group) => group.places.includes(id)) + 1;
  const bounds: Box = { x: 2, y: 2, width: width - 4, height: height - 4 };
  const projected = places.map((p) => {
    const [x, y] = projection([p.longitude, p.latitude]) ?? [0, 0];
    return { place: p, x: round(x), y: round(y) };
  });
  const obstacles: Box[] = projected.map(({ x, y }) => ({
    x: x - layout.pointRadius,
    y: y - layout.pointRadius,
    width: 2 * layout.pointRadius,
    height: 2 * layout.pointRadius,
  }));

  const points = projected.map(({ place: p, x, y }): MapPoint => {
    const label = placeLabel(p.name, pointCandidates(x, y, layout.pointRadius), obstacles, bounds);
    obstacles.push(label.box);
    const group = groupOf(p.id);
    return {
      id: p.id,
      name: p.name,
      x,
      y,
      group,
      shape: groupShapes[Math.min(group, groupShapes.length - 1)]!,
      tip: [p.name, p.oblast ? `${p.oblast} oblast` : '', group ? chart.groups[group - 1]!.label : ''].filter(Boolean).join(' — '),
      label: { ...label, text: p.name },
    };
  });

  const lines = chart.lines.map((line): MapLine => {
    const a = place(line.from);
    const b = place(line.to);
    const computedKm = greatCircleKm(a, b);
    const text = distanceText(computedKm, line.reported);
    const candidates = [0.5, 0.35, 0.65, 0.25, 0.75].flatMap((t) => {
      const [x, y] = projection(geoInterpolate([a.longitude, a.latitude], [b.longitude, b.latitude])(t)) ?? [0, 0];
      return [
        { x, y: y - 6, anchor: 'middle' as const },
        { x, y: y + 16, anchor: 'middle' as const },
        { x: x + 8, y: y + 4, anchor: 'start' as const },
        { x: x - 8, y: y + 4, anchor: 'end' as const },
        { x, y: y - 20, anchor: 'middle' as const },
        { x, y: y + 30, anchor: 'middle' as const },
      ];
    });
    const label = placeLabel(text, candidates, obstacles, bounds, defaults.smallFontSize);
    obstacles.push(label.box);
    const reported = line.reported
      ? {
          km: line.reported.km,
          text: describeQualified(line.reported.km, line.reported.qualifier, 'km'),
          source: line.reported.source,
          disagrees: disagrees(line.reported.km, computedKm),
        }
      : undefined;
    return {
      from: line.from,
      to: line.to,
      path: path({ type: 'LineString', coordinates: [[a.longitude, a.latitude], [b.longitude, b.latitude]] }) ?? '',
      computedKm,
      reported,
      label: { ...label, text },
      tip:
        `${a.name} to ${b.name}: ${formatNumber(Math.round(computedKm))} km in a straight line, computed from coordinates` +
        (reported ? `; reported as ${reported.text} by ${sourceName(reported.source)}` : ''),
    };
  });

  return { width, height, countries, points, lines };
}

export { textBox };
