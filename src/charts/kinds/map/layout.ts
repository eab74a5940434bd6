import { geoConicConformal, geoInterpolate, geoPath, polygonContains, type GeoProjection } from 'd3';
import type { Box } from '../../boxes';
import { defaults, round, type Variant } from '../../defaults';
import { distanceToBox, LabelPlacer, pointCandidates, type LabelCandidate, type LabelRequest, type PlacedLabel, type TextBlock } from '../../labels';
import type { SymbolShape } from '../../symbols';
import type { ChartContext } from '../../types';
import { fill } from '../../../i18n/locale';
import { wrapText } from '../../text-width';
import { namedCountries, seas } from './context';
import { countriesNear, countryShapes, noPreclip, ukraineId, wholeUkraine } from './countries';
import { layoutInset, layoutScaleBar, type Inset, type ScaleBar } from './furniture';
import { layerGeometry } from './layers';
import { groupShape, type MapModel } from './model';

const layout = {
  padding: 14,
  pointRadius: 5,
  /** Room around the places, as a share of their spread: phones need more for labels at the edges. */
  frameMargin: { narrow: 0.26, medium: 0.2, wide: 0.18 },
  /** Height as a share of width: phones get taller maps, wide screens shorter ones. */
  minAspect: { narrow: 0.85, medium: 0.7, wide: 0.6 },
  maxAspect: { narrow: 1.1, medium: 0.9, wide: 0.75 },
  insetWidth: { narrow: 0.32, medium: 0.26, wide: 0.22 },
  /** Context names (countries, seas, regions) are smaller than place names and may be left out. */
  contextSize: 12,
  /** How far a route's label may sit from the route, so it reads as that route's. */
  routeLabelGap: 3,
};

export interface MapPoint {
  id: string;
  x: number;
  y: number;
  r: number;
  shape: SymbolShape;
  group: number;
  tip: string;
  label: PlacedLabel;
}

export interface MapRouteScene {
  path: string;
  tip: string;
  label: PlacedLabel;
}

export interface ContextLabel {
  kind: 'country' | 'sea' | 'area' | 'river';
  label: PlacedLabel;
}

export interface MapScene {
  width: number;
  height: number;
  countries: { id: string; path: string; focus: boolean }[];
  /** Area-layer features drawn highlighted. */
  highlights: { path: string }[];
  /** Borders of area layers and lines of line layers, each with its layer's id for styling. */
  layerLines: { layer: string; kind: 'border' | 'line'; path: string }[];
  /**
   * Places the outlines (countries, highlights, layer lines), which are the same at every width,
   * on this width's frame: an SVG transform.
   */
  outlineTransform: string | undefined;
  points: MapPoint[];
  routes: MapRouteScene[];
  contextLabels: ContextLabel[];
  /** Notes tied to places, each on a leader from its place; or, where there is no room, a number. */
  annotations: { label: PlacedLabel; marker?: boolean }[];
  /** The words of numbered notes, under the map. */
  footnotes: { x: number; y: number; lines: string[]; lineHeight: number }[];
  /** The map's own height; `height` adds the notes under it. */
  mapHeight: number;
  inset: Inset | null;
  scaleBar: ScaleBar;
}

/** A feature's rings as drawn: projected (and already simplified for the map's scale), in pixels. */
function projectedRings(feature: GeoJSON.Feature, projection: GeoProjection): [number, number][][] {
  const rings: [number, number][][] = [];
  geoPath(projection, {
    moveTo: (x: number, y: number) => void rings.push([[x, y]]),
    lineTo: (x: number, y: number) => void rings.at(-1)!.push([x, y]),
    closePath: () => undefined,
    arc: () => undefined,
  } as unknown as CanvasRenderingContext2D)(feature);
  return rings;
}

/**
 * Grid points of the frame that fall inside a feature, nearest its visible middle first: where to
 * name an area. Tested on the projected outline in the plane (even-odd over its rings), which is
 * what the reader sees and far cheaper than testing on the sphere.
 */
function pointsInside(feature: GeoJSON.Feature, projection: GeoProjection, width: number, height: number): [number, number][] {
  const rings = projectedRings(feature, projection);
  const inside: [number, number][] = [];
  for (let gx = 1; gx < 8; gx++) {
    for (let gy = 1; gy < 8; gy++) {
      const point: [number, number] = [(gx / 8) * width, (gy / 8) * height];
      if (rings.filter((ring) => ring.length > 2 && polygonContains(ring, point)).length % 2 === 1) inside.push(point);
    }
  }
  if (!inside.length) return [];
  const [cx, cy] = [inside.reduce((s, p) => s + p[0], 0) / inside.length, inside.reduce((s, p) => s + p[1], 0) / inside.length];
  return inside.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
}

/** Candidates for a route's label: beside the route near its middle, on either side, never far from it. */
function routeCandidates(points: [number, number][], placer: LabelPlacer, block: TextBlock): LabelCandidate[] {
  const probe = placer.boxOf(block, { x: 0, y: 0, anchor: 'middle' });
  const ascentOffset = -probe.y;
  const candidates: LabelCandidate[] = [];
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]) {
    const index = Math.min(points.length - 2, Math.max(0, Math.round(t * (points.length - 1))));
    const [[x1, y1], [x2, y2]] = [points[index]!, points[index + 1]!];
    const length = Math.hypot(x2 - x1, y2 - y1) || 1;
    const [nx, ny] = [-(y2 - y1) / length, (x2 - x1) / length];
    const [px, py] = [(x1 + x2) / 2, (y1 + y2) / 2];
    for (const side of [1, -1]) {
      // The box's nearest corner (or edge) sits a small gap from the line, on one side or the other.
      const [ox, oy] = [side * nx, side * ny];
      const cx = px + ox * layout.routeLabelGap + (ox > 0.3 ? probe.width / 2 : ox < -0.3 ? -probe.width / 2 : 0);
      const cy = py + oy * layout.routeLabelGap + (oy > 0.3 ? probe.height / 2 : oy < -0.3 ? -probe.height / 2 : 0);
      candidates.push({ x: cx, y: cy - probe.height / 2 + ascentOffset, anchor: 'middle' });
    }
  }
  // Where nothing beside the line is free, further out with a leader back to the line's middle.
  const [mx, my] = points[Math.floor(points.length / 2)]!;
  for (const distance of [18, 30, 44]) {
    for (const [dx, dy] of [
      [0, -1],
      [0, 1],
      [1, 0],
      [-1, 0],
      [0.7, -0.7],
      [-0.7, -0.7],
      [0.7, 0.7],
      [-0.7, 0.7],
    ] as const) {
      const [cx, cy] = [mx + dx * (distance + probe.width / 2), my + dy * (distance + probe.height / 2)];
      candidates.push({ x: cx, y: cy - probe.height / 2 + ascentOffset, anchor: 'middle', leader: { x: mx, y: my } });
    }
  }
  return candidates;
}

/**
 * Where a callout may sit: rings around its point, nearer first, in twelve directions, the box's
 * nearest edge facing the point, each joined to it by a leader.
 */
function calloutCandidates(x: number, y: number, box: Box, ascent: number): LabelCandidate[] {
  const candidates: LabelCandidate[] = [];
  for (const distance of [14, 24, 36, 50, 66, 84, 104, 126]) {
    for (let step = 0; step < 12; step++) {
      const angle = (step / 12) * 2 * Math.PI;
      const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
      const anchor = dx > 0.3 ? 'start' : dx < -0.3 ? 'end' : 'middle';
      const [cx, cy] = [x + dx * distance, y + dy * distance];
      // The box's top sits below cy when going down, its bottom above cy when going up.
      const top = dy > 0.3 ? cy : dy < -0.3 ? cy - box.height : cy - box.height / 2;
      candidates.push({ x: cx, y: top + ascent, anchor, leader: { x, y } });
    }
  }
  return candidates;
}

/** Labels that found no clear position: the measure of a layout's success. */
const unclear = (scene: MapScene) => [...scene.points, ...scene.routes].filter(({ label }) => !label.clear).length;

/**
 * Projects places and layers, clips them to the frame and places every label clear of the others.
 * If the locator inset leaves a label no clear position, the map is laid out again with a band at
 * the top for the inset, so it never crowds the places.
 */
export function layoutMap(model: MapModel, variant: Variant, context: ChartContext): MapScene {
  const first = layoutMapOnce(model, variant, context, false);
  if (!first.inset || unclear(first) === 0) return first;
  const banded = layoutMapOnce(model, variant, context, true);
  return unclear(banded) < unclear(first) ? banded : first;
}

/** The cone every width of every map is drawn on, turned to the map's middle meridian. */
const cone = (centreLon: number) => geoConicConformal().parallels([45, 51]).rotate([-centreLon, 0]).preclip(noPreclip).precision(0);

interface Frame {
  projection: GeoProjection;
  width: number;
  height: number;
  /** How much land one unit spans across the frame: the detail its outlines need. */
  degreesPerPixel: number;
  insetWidth: number;
  centreLon: number;
  west: number;
  south: number;
  east: number;
  north: number;
}

const framesOf = new WeakMap<MapModel, Map<string, Frame>>();

/**
 * A map's frame at one width: the places with room around them (the whole country for a country
 * map), fitted to the width, taller on phones; with a band at the top for the inset if asked.
 * Fitted once per map, width and band: the shared outlines need every frame, and each width's
 * layout its own.
 */
function frameOf(model: MapModel, variant: Variant, insetBand: boolean): Frame {
  let frames = framesOf.get(model);
  if (!frames) framesOf.set(model, (frames = new Map()));
  const key = `${variant} ${insetBand}`;
  let frame = frames.get(key);
  if (!frame) frames.set(key, (frame = fitFrame(model, variant, insetBand)));
  return frame;
}

function fitFrame(model: MapModel, variant: Variant, insetBand: boolean): Frame {
  const width = defaults.widths[variant];
  const { spec, places } = model;
  // Ukraine's outline at about a kilometre of detail: enough to fit a frame to or draw in the inset.
  const ukraine = countryShapes(0.01).find((shape) => shape.id === ukraineId)!.feature;

  const lons = places.map((p) => p.longitude);
  const lats = places.map((p) => p.latitude);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const marginLon = Math.max((east - west) * layout.frameMargin[variant], 0.25);
  const marginLat = Math.max((north - south) * layout.frameMargin[variant], 0.18);
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
  const pad = layout.padding;
  const projectionOf = (height: number, topBand: number) => {
    const projection = cone(centreLon);
    projection.fitExtent(
      [
        [pad, pad + topBand],
        [width - pad, height - pad],
      ],
      frame,
    );
    return projection.clipExtent([
      [0, 0],
      [width, height],
    ]);
  };
  const fitted = cone(centreLon).fitWidth(width - 2 * pad, frame);
  const [[, y0], [, y1]] = geoPath(fitted).bounds(frame);
  let height = round(Math.min(Math.max(y1 - y0 + 2 * pad, width * layout.minAspect[variant]), width * layout.maxAspect[variant]));
  let projection = projectionOf(height, 0);
  const insetWidth = width * layout.insetWidth[variant];
  if (insetBand && spec.frame === 'places') {
    // A band at the top for the inset: the map grows by its height, and the places sit below it.
    const band = round(insetWidth * 0.68 + 8);
    height = round(height + band);
    projection = projectionOf(height, band);
  }
  const [left, right] = [projection.invert!([0, height / 2])!, projection.invert!([width, height / 2])!];
  const degreesPerPixel = Math.abs(right[0] - left[0]) / width;
  return { projection, width, height, degreesPerPixel, insetWidth, centreLon, west, south, east, north };
}

/** What a map's outlines are, the same at every width. */
interface Outlines {
  /** The projection they are drawn in; each width scales and moves them onto its own. */
  reference: GeoProjection;
  countries: MapScene['countries'];
  highlights: MapScene['highlights'];
  layerLines: MapScene['layerLines'];
}

const outlinesOf = new WeakMap<MapModel, Outlines>();

/**
 * A map's outlines, projected and simplified once for all its widths: every width is the same cone
 * fitted to a different frame, so each draws these scaled and moved onto its own (`outlineTransform`),
 * and a reader's browser fetches one set of outlines where it fetched one per width. They are cut to
 * what any width shows, at the detail of the finest.
 */
function sharedOutlines(model: MapModel, context: ChartContext): Outlines {
  const known = outlinesOf.get(model);
  if (known) return known;
  const { spec } = model;
  const frames = (Object.keys(defaults.widths) as Variant[]).flatMap((variant) => [
    frameOf(model, variant, false),
    ...(spec.frame === 'places' ? [frameOf(model, variant, true)] : []),
  ]);
  const widest = frames.find((frame) => frame.width === defaults.widths.wide)!;
  const reference = cone(widest.centreLon).scale(widest.projection.scale()).translate(widest.projection.translate());
  // Every frame's rectangle in the reference's units: the outlines are cut to their union.
  const corners = frames.flatMap(({ projection, width, height }) => {
    const { scale, dx, dy } = placing(reference, projection);
    return [
      [-dx / scale, -dy / scale],
      [(width - dx) / scale, (height - dy) / scale],
    ];
  });
  const margin = 4;
  reference.clipExtent([
    [Math.min(...corners.map(([x]) => x!)) - margin, Math.min(...corners.map(([, y]) => y!)) - margin],
    [Math.max(...corners.map(([x]) => x!)) + margin, Math.max(...corners.map(([, y]) => y!)) + margin],
  ]);
  const degreesPerPixel = Math.min(...frames.map((frame) => frame.degreesPerPixel));
  const path = geoPath(reference).digits(1);
  const countries = countriesNear(widest.west, widest.south, widest.east, widest.north, degreesPerPixel)
    .map((shape) => ({ id: shape.id, path: path(shape.feature) ?? '', focus: shape.id === ukraineId }))
    .filter((shape) => shape.path !== '')
    // Ukraine last, so its outline draws over its neighbours' shared borders.
    .sort((a, b) => Number(a.focus) - Number(b.focus) || a.id.localeCompare(b.id));
  const highlights: MapScene['highlights'] = [];
  const layerLines: MapScene['layerLines'] = [];
  for (const id of spec.layers) {
    const layer = context.layer(id);
    const geometry = layerGeometry(layer, degreesPerPixel);
    const border = geometry.borders && path(geometry.borders);
    if (border) layerLines.push({ layer: id, kind: 'border', path: border });
    for (const item of geometry.features) {
      if (layer.meta.kind === 'area' && spec.highlight.includes(String(item.id))) highlights.push({ path: path(item) ?? '' });
      const line = layer.meta.kind === 'line' && path(item);
      if (line) layerLines.push({ layer: id, kind: 'line', path: line });
    }
  }
  const outlines = { reference, countries, highlights, layerLines };
  outlinesOf.set(model, outlines);
  return outlines;
}

/** How one projection's drawing lands on another's of the same cone: x' = scale * x + dx. */
function placing(from: GeoProjection, to: GeoProjection) {
  const scale = to.scale() / from.scale();
  const [[fx, fy], [tx, ty]] = [from.translate(), to.translate()];
  return { scale, dx: tx - scale * fx, dy: ty - scale * fy };
}

function layoutMapOnce(model: MapModel, variant: Variant, context: ChartContext, insetBand: boolean): MapScene {
  const { locale, measure } = context;
  const { spec, places } = model;
  const { projection, width, height, insetWidth, degreesPerPixel, west, south, east, north } = frameOf(model, variant, insetBand);
  const pad = layout.padding;
  const outlines = sharedOutlines(model, context);
  const { scale, dx, dy } = placing(outlines.reference, projection);
  const [k, x, y] = [+scale.toPrecision(6), round(dx), round(dy)];
  const outlineTransform = k === 1 && x === 0 && y === 0 ? undefined : `matrix(${k} 0 0 ${k} ${x} ${y})`;

  const path = geoPath(projection).digits(1);
  // What the labels need of the layers: the areas and rivers to name, at this width's detail.
  const nearby = countriesNear(west, south, east, north, degreesPerPixel);
  const areaNames: { feature: GeoJSON.Feature; name: string }[] = [];
  const riverNames: { feature: GeoJSON.Feature; name: string }[] = [];
  for (const id of spec.layers) {
    const layer = context.layer(id);
    for (const item of layerGeometry(layer, degreesPerPixel).features) {
      const itemName = (item.properties as { name?: string; uk?: string } | null) ?? {};
      const name = locale.language === 'en' ? itemName.name : (itemName.uk ?? itemName.name);
      if (!name) continue;
      if (layer.meta.kind === 'area' && spec.highlight.includes(String(item.id)))
        areaNames.push({ feature: item, name: fill(locale.t.chart.map.oblast, { name }) });
      if (layer.meta.kind === 'line' && path(item) && !riverNames.some((river) => river.name === name)) riverNames.push({ feature: item, name });
    }
  }

  const placer = new LabelPlacer({ x: 2, y: 2, width: width - 4, height: height - 4 }, measure);
  const projected = places.map((p) => {
    const [x, y] = projection([p.longitude, p.latitude]) ?? [0, 0];
    return { place: p, x: round(x), y: round(y) };
  });
  for (const { x, y } of projected)
    placer.avoid({ x: x - layout.pointRadius, y: y - layout.pointRadius, width: 2 * layout.pointRadius, height: 2 * layout.pointRadius, kind: 'mark' });

  // Each route as the projected great circle, reserved before any label is placed so none sits on it.
  const routeLines = model.routes.map((route, index) => {
    const along = geoInterpolate([route.from.longitude, route.from.latitude], [route.to.longitude, route.to.latitude]);
    const points = Array.from({ length: 21 }, (_, i) => projection(along(i / 20)) ?? [0, 0]) as [number, number][];
    for (let i = 1; i < points.length; i++) placer.avoidLine(points[i - 1]![0], points[i - 1]![1], points[i]![0], points[i]![1], `route-${index}`);
    return points;
  });

  const scaleBar = layoutScaleBar(projection, width, height, pad, (km) => fill(locale.t.chart.map.scale, { km: locale.number(km) }));
  placer.avoid({ ...scaleBar.box, kind: 'furniture' });
  const markBoxes: Box[] = [...placer.boxes, ...routeLines.flat().map(([x, y]) => ({ x: x - 2, y: y - 2, width: 4, height: 4 }))];
  // The inset shows the whole country about a hundred pixels wide: outlines simplified for that
  // scale, not the main map's, which would be twenty times the detail.
  const inset = spec.frame === 'places' ? layoutInset(projection, wholeUkraine(insetWidth), width, height, insetWidth, markBoxes) : null;
  if (inset) placer.avoid({ ...inset.box, kind: 'furniture' });

  // Place names first, each next to its own mark (a position nearer another mark reads as that one's),
  // the most crowded first, since they have the fewest good positions; then each route's distance,
  // beside its own line, on a leader, or as a last resort written on the line under its halo.
  const crowding = (x: number, y: number) => projected.filter((o) => Math.hypot(o.x - x, o.y - y) < 60).length;
  const order = [...projected.keys()].sort((i, j) => crowding(projected[j]!.x, projected[j]!.y) - crowding(projected[i]!.x, projected[i]!.y) || i - j);
  const pointRequests: LabelRequest[] = order.map((index) => {
    const { place: p, x, y } = projected[index]!;
    const own = (box: Box) => distanceToBox(x, y, box);
    return {
      blocks: [{ lines: [p.name], size: defaults.fontSize, bold: p.group > 0 }],
      candidates: () => pointCandidates(x, y, layout.pointRadius, defaults.fontSize, measure.ascent),
      options: { misleading: (box: Box) => projected.some((other) => other.place.id !== p.id && distanceToBox(other.x, other.y, box) < own(box)) },
      // The gap between a mark and its name is reserved too: nothing else may slip in between.
      after: (label) =>
        label.leaderPath
          ? []
          : [
              {
                x1: x,
                y1: y,
                x2: Math.min(Math.max(x, label.box.x), label.box.x + label.box.width),
                y2: Math.min(Math.max(y, label.box.y), label.box.y + label.box.height),
              },
            ],
    };
  });
  const routeRequests: LabelRequest[] = model.routes.map((route, index) => {
    const line = routeLines[index]!;
    return {
      blocks: route.wordings.map((lines) => ({ lines, size: defaults.smallFontSize, bold: true, lineHeight: defaults.smallFontSize * 1.2 })),
      candidates: (block) => {
        const probe = placer.boxOf(block, { x: 0, y: 0, anchor: 'middle' });
        const onLine = [0.5, 0.4, 0.6, 0.3, 0.7].map((t): LabelCandidate => {
          const [x, y] = line[Math.round(t * (line.length - 1))]!;
          return { x, y: y - probe.height / 2 - probe.y, anchor: 'middle' };
        });
        return [...routeCandidates(line, placer, block), ...(block.lines === route.wordings.at(-1) ? onLine : [])];
      },
      options: { on: `route-${index}` },
    };
  });
  // Annotations last of the essentials: called out on a leader from their place, never on a name,
  // narrower and further out where the map is crowded.
  const noteRequests: LabelRequest[] = spec.annotations
    .filter((note) => note.place)
    .map((note) => {
      const at = projected.find((p) => p.place.id === note.place)!;
      const size = defaults.smallFontSize;
      return {
        blocks: [170, 120, 90]
          .map((maxWidth) => Math.min(maxWidth, width * 0.45))
          .map((maxWidth) => ({ lines: wrapText(note.label, size, maxWidth, measure, true), size, bold: true })),
        candidates: (block) => calloutCandidates(at.x, at.y, placer.boxOf(block, { x: 0, y: 0, anchor: 'start' }), measure.ascent * size),
      };
    });
  const placed = placer.placeAll([...pointRequests, ...routeRequests, ...noteRequests]);
  const points = projected.map(({ place: p, x, y }, index): MapPoint => ({
    id: p.id,
    x,
    y,
    r: layout.pointRadius,
    group: p.group,
    shape: groupShape(p.group),
    tip: p.tip,
    label: placed[order.indexOf(index)]!,
  }));
  const routes = model.routes.map((route, index): MapRouteScene => ({
    path:
      path({
        type: 'LineString',
        coordinates: [
          [route.from.longitude, route.from.latitude],
          [route.to.longitude, route.to.latitude],
        ],
      }) ?? '',
    tip: route.tip,
    label: placed[pointRequests.length + index]!,
  }));
  // A note with no clear place on a crowded map becomes a number beside its place, and its words
  // go under the map, numbered the same: nothing is drawn over a name.
  const notes = spec.annotations.filter((note) => note.place);
  const annotations: MapScene['annotations'] = [];
  const footnotes: MapScene['footnotes'] = [];
  let extra = 0;
  for (const [index, note] of notes.entries()) {
    const label = placed[pointRequests.length + routeRequests.length + index]!;
    if (label.clear) {
      annotations.push({ label });
      continue;
    }
    placer.remove(label);
    const at = projected.find((p) => p.place.id === note.place)!;
    const number = String(footnotes.length + 1);
    const marker = placer.place(
      { lines: [number], size: defaults.smallFontSize, bold: true },
      pointCandidates(at.x, at.y, layout.pointRadius, defaults.smallFontSize, measure.ascent),
    )!;
    annotations.push({ label: marker, marker: true });
    const lines = wrapText(`${number} ${note.label}`, defaults.smallFontSize, width - 2 * layout.padding, measure, true);
    footnotes.push({ x: layout.padding, y: height + extra + 6 + measure.ascent * defaults.smallFontSize, lines, lineHeight: defaults.smallFontSize * 1.25 });
    extra += 6 + lines.length * defaults.smallFontSize * 1.25;
  }

  // Last, the names that set the scene, where there is room: highlighted regions, countries, seas, rivers.
  const contextLabels: ContextLabel[] = [];
  const name = (kind: ContextLabel['kind'], text: string, anchors: [number, number][]) => {
    const block: TextBlock = { lines: [text], size: layout.contextSize };
    const candidates = anchors.slice(0, 12).map(([x, y]): LabelCandidate => ({ x, y: y + layout.contextSize * 0.35, anchor: 'middle' }));
    const label = placer.place(block, candidates, { optional: true });
    if (label) contextLabels.push({ kind, label });
  };
  for (const area of areaNames) name('area', area.name, pointsInside(area.feature, projection, width, height));
  for (const code of namedCountries) {
    const shape = nearby.find((c) => c.id === code);
    const country = locale.t.chart.map.countries[code];
    if (shape && country && (spec.frame === 'country' || code !== ukraineId))
      name('country', country.toLocaleUpperCase(locale.tag), pointsInside(shape.feature, projection, width, height));
  }
  for (const sea of seas) {
    const at = projection([sea.longitude, sea.latitude]);
    if (at && at[0] > 0 && at[0] < width && at[1] > 0 && at[1] < height)
      name('sea', locale.t.chart.map.seas[sea.id], [at, [at[0], at[1] + 14], [at[0], at[1] - 14]]);
  }
  for (const river of riverNames) {
    const geometry = river.feature.geometry;
    const coordinates = (geometry.type === 'LineString' ? [geometry.coordinates] : (geometry as GeoJSON.MultiLineString).coordinates).flat();
    const anchors = coordinates
      .map((c) => projection(c as [number, number]))
      .filter((p): p is [number, number] => Boolean(p) && p![0] > 20 && p![0] < width - 20 && p![1] > 20 && p![1] < height - 20);
    name(
      'river',
      river.name,
      anchors.filter((_, i) => i % Math.max(1, Math.floor(anchors.length / 8)) === 0).map(([x, y]) => [x + 14, y]),
    );
  }

  return {
    width,
    height: round(height + extra + (extra ? 4 : 0)),
    mapHeight: height,
    countries: outlines.countries,
    highlights: outlines.highlights,
    layerLines: outlines.layerLines,
    outlineTransform,
    points,
    routes,
    contextLabels,
    annotations,
    footnotes,
    inset,
    scaleBar,
  };
}
