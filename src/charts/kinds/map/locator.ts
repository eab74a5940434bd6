import { geoConicConformal, geoPath, type GeoProjection } from 'd3';
import type { Element } from 'hast';
import { round } from '../../defaults';
import { LabelPlacer } from '../../labels';
import { svg } from '../../svg';
import type { Place } from '../../types';
import type { TextMeasure } from '../../text-width';
import { countriesNear, noPreclip, ukraineId, ukraineSpan, wholeUkraine } from './countries';

/** The map under every locator of one size, projected once: Ukraine and its neighbours do not move. */
const bases = new Map<string, { projection: GeoProjection; neighbours: string[]; focus: string }>();
function base(width: number, height: number) {
  const key = `${width}x${height}`;
  let found = bases.get(key);
  if (!found) {
    // Ukraine spans the map: outlines at that scale, no finer.
    const shapes = countriesNear(22, 44, 40.5, 52.5, ukraineSpan / width, 4);
    const ukraine = wholeUkraine(width);
    const projection = geoConicConformal()
      .parallels([45, 51])
      .rotate([-31.2, 0])
      .preclip(noPreclip)
      .precision(0)
      .fitExtent(
        [
          [8, 8],
          [width - 8, height - 8],
        ],
        ukraine,
      );
    projection.clipExtent([
      [0, 0],
      [width, height],
    ]);
    const path = geoPath(projection).digits(1);
    const neighbours = shapes
      .filter((shape) => shape.id !== ukraineId)
      .map((shape) => path(shape.feature))
      .filter((d): d is string => Boolean(d));
    bases.set(key, (found = { projection, neighbours, focus: path(ukraine) ?? '' }));
  }
  return found;
}

/**
 * A small locator: Ukraine among its neighbours, with the area a story covers outlined and its
 * main place named. For the home page's lead, where a reader first asks "where is this?".
 */
export function locatorMap(
  places: Place[],
  width: number,
  measure: TextMeasure,
  labelledBy: string,
  /** Draws the label as an outline instead of `<text>`, for renderers without the site's fonts (social cards). */
  textAsPath?: (text: string, size: number, x: number, y: number) => string,
): Element {
  const height = round(width * 0.66);
  const { projection, neighbours, focus } = base(width, height);
  const projected = places.map((p): [number, number] => projection([p.longitude, p.latitude]) ?? [0, 0]);
  const xs = projected.map(([x]) => x);
  const ys = projected.map(([, y]) => y);
  const pad = 6;
  const area = {
    x: Math.min(...xs) - pad,
    y: Math.min(...ys) - pad,
    width: Math.max(...xs) - Math.min(...xs) + 2 * pad,
    height: Math.max(...ys) - Math.min(...ys) + 2 * pad,
  };
  // A story spread across the country (a strike wave) has no one area to outline: its places are dots.
  const spread = area.width > width * 0.3 || area.height > height * 0.3;
  const size = 14;
  const placer = new LabelPlacer({ x: 2, y: 2, width: width - 4, height: height - 4 }, measure).avoid({ ...area, kind: 'mark' });
  const middle = area.y + area.height / 2 + size * 0.33;
  const centre = area.x + area.width / 2;
  // The area's name beside its outline: right, left, above, below.
  const label = spread
    ? undefined
    : placer.place({ lines: [places[0]!.name], size, bold: true }, [
        { x: area.x + area.width + 4, y: middle, anchor: 'start' },
        { x: area.x - 4, y: middle, anchor: 'end' },
        { x: centre, y: area.y - 5, anchor: 'middle' },
        { x: centre, y: area.y + area.height + size * measure.ascent + 2, anchor: 'middle' },
      ]);
  const labelStart = (text: string, at: { x: number; anchor: 'start' | 'middle' | 'end' }) =>
    at.anchor === 'start' ? at.x : at.x - measure.width(text, size, true) / (at.anchor === 'end' ? 1 : 2);
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', ariaLabelledBy: labelledBy, class: 'chart-svg locator' },
    svg('rect', { class: 'sea', width, height }),
    neighbours.map((d) => svg('path', { class: 'country', d })),
    svg('path', { class: 'country country--focus', d: focus }),
    spread
      ? projected.map(([x, y]) => svg('circle', { class: 'locator__place', cx: round(x), cy: round(y), r: 3.5 }))
      : svg('rect', { class: 'locator__area', x: round(area.x), y: round(area.y), width: round(area.width), height: round(area.height) }),
    label && textAsPath
      ? svg('path', { class: 'place-label place-label--group', d: textAsPath(label.lines[0]!, size, labelStart(label.lines[0]!, label), label.y) })
      : label && svg('text', { class: 'place-label place-label--group', x: label.x, y: label.y, textAnchor: label.anchor }, label.lines[0]!),
  );
}
