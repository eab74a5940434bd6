import { geoConicConformal, geoInterpolate, geoPath } from 'd3';
import type { Box } from '../../boxes';
import { defaults, round, type Variant } from '../../defaults';
import { fill } from '../../../i18n/locale';
import { distanceToBox, leaderLine, placeLabel, pointCandidates, type LabelCandidate, type PlacedLabel } from '../../labels';
import type { SymbolShape } from '../../symbols';
import type { ChartContext } from '../../types';
import { countriesNear, countryShapes, ukraineId } from './countries';
import { layoutInset, layoutScaleBar, type Inset, type ScaleBar } from './furniture';
import { groupShape, type MapModel } from './model';

const layout = {
  padding: 14,
  pointRadius: 5,
  frameMargin: 0.18,
  /** Height as a share of width: phones get taller maps, wide screens shorter ones. */
  minAspect: { narrow: 0.85, medium: 0.7, wide: 0.6 },
  maxAspect: { narrow: 1.1, medium: 0.9, wide: 0.75 },
  insetWidth: { narrow: 0.32, medium: 0.26, wide: 0.22 },
};

export interface MapPoint {
  id: string;
  x: number;
  y: number;
  r: number;
  shape: SymbolShape;
  group: number;
  tip: string;
  label: PlacedLabel & { text: string };
  /** Path from the point to a label placed further out, or null. */
  leader: string | null;
}

export interface MapLine {
  path: string;
  label: PlacedLabel & { text: string };
  tip: string;
}

export interface MapScene {
  width: number;
  height: number;
  countries: { id: string; name: string; path: string; focus: boolean }[];
  points: MapPoint[];
  lines: MapLine[];
  inset: Inset | null;
  scaleBar: ScaleBar;
}

/** Projects the places, draws country outlines clipped to the frame and places every label clear. */
export function layoutMap(model: MapModel, variant: Variant, { locale }: ChartContext): MapScene {
  const width = defaults.widths[variant];
  const { spec, places } = model;
  const ukraine = countryShapes().find((shape) => shape.id === ukraineId)!.feature;

  const lons = places.map((p) => p.longitude);
  const lats = places.map((p) => p.latitude);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const marginLon = Math.max((east - west) * layout.frameMargin, 0.25);
  const marginLat = Math.max((north - south) * layout.frameMargin, 0.18);
  const frame: GeoJSON.Feature =
    spec.frame === 'country'
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

  const centreLon = spec.frame === 'country' ? 31.2 : (west + east) / 2;
  const projection = geoConicConformal().parallels([45, 51]).rotate([-centreLon, 0]);
  const pad = layout.padding;
  projection.fitWidth(width - 2 * pad, frame);
  const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
  const height = round(Math.min(Math.max(y1 - y0 + 2 * pad, width * layout.minAspect[variant]), width * layout.maxAspect[variant]));
  projection.fitExtent([[pad, pad], [width - pad, height - pad]], frame);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);

  const countries = countriesNear(west, south, east, north)
    .map((shape) => ({ id: shape.id, name: shape.name, path: path(shape.feature) ?? '', focus: shape.id === ukraineId }))
    .filter((shape) => shape.path !== '')
    // Ukraine last, so its outline draws over its neighbours' shared borders.
    .sort((a, b) => Number(a.focus) - Number(b.focus) || a.id.localeCompare(b.id));

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

  const routes = model.routes.map((route) => ({
    route,
    along: geoInterpolate([route.from.longitude, route.from.latitude], [route.to.longitude, route.to.latitude]),
  }));
  // Routes are drawn before labels are placed, so no label sits on a line.
  for (const { along } of routes) {
    for (let t = 0.04; t < 0.97; t += 0.04) {
      const [x, y] = projection(along(t)) ?? [0, 0];
      obstacles.push({ x: x - 2, y: y - 2, width: 4, height: 4 });
    }
  }
  // Scale bar bottom-left; the inset goes in whichever other corner holds no place.
  const scaleBar = layoutScaleBar(projection, width, height, pad, (km) => fill(locale.t.chart.map.scale, { km: locale.number(km) }));
  obstacles.push(scaleBar.box);
  const inset = spec.frame === 'places' ? layoutInset(projection, ukraine, width, height, width * layout.insetWidth[variant], obstacles) : null;
  if (inset) obstacles.push(inset.box);

  // Route labels first: they have fewer good spots than place names, which can take a leader line.
  const lines = routes.map(({ route, along }): MapLine => {
    const candidates = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].flatMap((t) => {
      const [x, y] = projection(along(t)) ?? [0, 0];
      const around: LabelCandidate[] = [-6, 17, -20, 31, -34, 45, -48, 59].map((dy) => ({ x, y: y + dy, anchor: 'middle' }));
      around.push({ x: x + 8, y: y + 4, anchor: 'start' }, { x: x - 8, y: y + 4, anchor: 'end' });
      return around;
    });
    // Longest wording first; on a crowded phone-sized map fall back to the short one.
    let label = placeLabel(route.wordings[0]!, candidates, obstacles, bounds, defaults.smallFontSize);
    let text = route.wordings[0]!;
    for (const wording of route.wordings.slice(1)) {
      if (label.clear) break;
      label = placeLabel(wording, candidates, obstacles, bounds, defaults.smallFontSize);
      text = wording;
    }
    obstacles.push(label.box);
    return {
      path: path({ type: 'LineString', coordinates: [[route.from.longitude, route.from.latitude], [route.to.longitude, route.to.latitude]] }) ?? '',
      label: { ...label, text },
      tip: route.tip,
    };
  });

  const points = projected.map(({ place: p, x, y }): MapPoint => {
    const own = (box: Box) => distanceToBox(x, y, box);
    const ambiguous = (box: Box) => projected.some((other) => other.place.id !== p.id && distanceToBox(other.x, other.y, box) < own(box));
    const label = placeLabel(p.name, pointCandidates(x, y, layout.pointRadius), obstacles, bounds, defaults.fontSize, ambiguous);
    obstacles.push(label.box);
    return {
      id: p.id,
      x,
      y,
      r: layout.pointRadius,
      group: p.group,
      shape: groupShape(p.group),
      tip: p.tip,
      label: { ...label, text: p.name },
      leader: leaderLine(label),
    };
  });

  return { width, height, countries, points, lines, inset, scaleBar };
}
