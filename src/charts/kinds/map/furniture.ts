import { geoConicConformal, geoPath, type GeoProjection } from 'd3';
import { overlaps, type Box } from '../../boxes';
import { round } from '../../defaults';
import { greatCircleKm } from '../../geo-distance';
import { noPreclip } from './countries';

export interface ScaleBar {
  box: Box;
  x: number;
  y: number;
  length: number;
  label: string;
  labelY: number;
  path: string;
}

/** A small map of all Ukraine with the main map's frame outlined, for close-up maps. */
export interface Inset {
  box: Box;
  country: string;
  frame: string;
}

const scaleSteps = [5, 10, 20, 25, 50, 100, 200, 250, 500];

/** A bottom-left scale bar of a round distance about a fifth of the map's width. */
export function layoutScaleBar(projection: GeoProjection, width: number, height: number, pad: number, label: (km: number) => string): ScaleBar {
  // Kilometres per pixel near the frame's centre, measured along a short east-west step.
  const [cx, cy] = [width / 2, height / 2];
  const [west, east] = [projection.invert!([cx - 50, cy])!, projection.invert!([cx + 50, cy])!];
  const kmPerPixel = greatCircleKm({ longitude: west[0], latitude: west[1] }, { longitude: east[0], latitude: east[1] }) / 100;
  const target = (width / 5) * kmPerPixel;
  const km = scaleSteps.reduce((best, step) => (Math.abs(step - target) < Math.abs(best - target) ? step : best));
  const length = round(km / kmPerPixel);
  const box: Box = { x: pad, y: height - pad - 28, width: length + 4, height: 28 };
  const [x, y, tickTop] = [box.x + 2, round(height - pad - 6), round(height - pad - 10)];
  return { box, x, y, length, label: label(km), labelY: round(height - pad - 14), path: `M${x},${tickTop}V${y}H${round(x + length)}V${tickTop}` };
}

/** Puts the inset in the top or bottom-right corner holding fewest marks, outlining the main frame. */
export function layoutInset(projection: GeoProjection, country: GeoJSON.Feature, width: number, height: number, insetWidth: number, obstacles: Box[]): Inset {
  const w = round(insetWidth);
  const h = round(w * 0.68);
  const corners: Box[] = [
    { x: width - w - 6, y: 6, width: w, height: h },
    { x: 6, y: 6, width: w, height: h },
    { x: width - w - 6, y: height - h - 6, width: w, height: h },
  ];
  const box = corners.map((corner) => ({ corner, hits: obstacles.filter((o) => overlaps(o, corner, 12)).length })).sort((a, b) => a.hits - b.hits)[0]!.corner;
  const insetProjection = geoConicConformal().parallels([45, 51]).rotate([-31.2, 0]).preclip(noPreclip).precision(0);
  insetProjection.fitExtent(
    [
      [box.x + 3, box.y + 3],
      [box.x + box.width - 3, box.y + box.height - 3],
    ],
    country,
  );
  const path = geoPath(insetProjection).digits(1);
  const [[x0, y0], [x1, y1]] = [projection.invert!([0, 0])!, projection.invert!([width, height])!];
  const frame: GeoJSON.Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'LineString',
      coordinates: [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    },
  };
  return { box, country: path(country) ?? '', frame: path(frame) ?? '' };
}
