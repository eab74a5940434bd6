import { geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { contains } from '../../../../src/charts/boxes';
import { disagrees, greatCircleKm } from '../../../../src/charts/geo-distance';
import { map } from '../../../../src/charts/kinds/map';
import { countryShapes } from '../../../../src/charts/kinds/map/countries';
import { layoutMap } from '../../../../src/charts/kinds/map/layout';
import { prepareMap } from '../../../../src/charts/kinds/map/model';
import { mapChart } from '../../../../src/charts/kinds/map/schema';
import { context, crowdedMapInput, mapInput, placeLookup, plain } from '../../../fixtures/charts';
import { collisions } from '../../../helpers/geometry';
import { distanceToBox } from '../../../../src/charts/labels';

const chart = mapChart.parse(mapInput);
const model = prepareMap(chart, context);
const scene = (variant: 'narrow' | 'wide') => plain(layoutMap(model, variant, context));

describe('greatCircleKm', () => {
  it('computes Siversk to Sloviansk as about 37 km, not the 30 km reported', () => {
    const km = greatCircleKm(placeLookup('siversk'), placeLookup('sloviansk'));
    expect(km).toBeGreaterThan(35);
    expect(km).toBeLessThan(38);
    expect(disagrees(30, km)).toBe(true);
  });

  it('computes a quarter of the equator as 10,008 km', () => {
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 90 })).toBeCloseTo(10007.6, 0);
  });

  it('treats a rounded report within 15% as agreeing', () => {
    expect(disagrees(35, 36.6)).toBe(false);
  });
});

describe('countryShapes', () => {
  it('draws Crimea as part of Ukraine, the internationally recognised border', () => {
    const shapes = countryShapes();
    const ukraine = shapes.find((s) => s.name === 'Ukraine')!.feature;
    const russia = shapes.find((s) => s.name === 'Russia')!.feature;
    const simferopol: [number, number] = [34.1, 44.95];
    expect(geoContains(ukraine, simferopol)).toBe(true);
    expect(geoContains(russia, simferopol)).toBe(false);
    expect(geoContains(ukraine, [30.52, 50.45])).toBe(true);
  });
});

describe('map', () => {
  for (const variant of ['narrow', 'wide'] as const) {
    it(`places every label clear of the others, the points and the inset at the ${variant} width`, () => {
      const { points, routes, inset, width, height } = scene(variant);
      expect(points.every((p) => p.label.clear)).toBe(true);
      expect(routes.every((r) => r.label.clear)).toBe(true);
      const boxes = [
        ...points.map((p) => ({ name: p.label.lines.join(' '), box: p.label.box })),
        ...points.map((p) => ({ name: `${p.label.lines.join(' ')} point`, box: { x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r } })),
        ...routes.map((r) => ({ name: r.label.lines.join(' '), box: r.label.box })),
        ...(inset ? [{ name: 'inset', box: inset.box }] : []),
      ];
      expect(collisions(boxes)).toEqual([]);
      for (const p of points) expect(contains({ x: 0, y: 0, width, height }, p.label.box)).toBe(true);
    });

    it(`keeps each place's name next to its own mark, nearer it than any other (${variant})`, () => {
      const { points } = scene(variant);
      for (const p of points) {
        const own = distanceToBox(p.x, p.y, p.label.box);
        expect(own, p.id).toBeLessThan(p.label.leaderPath ? 60 : 18);
        if (!p.label.leaderPath) for (const other of points.filter((o) => o !== p)) expect(distanceToBox(other.x, other.y, p.label.box)).toBeGreaterThan(own);
      }
    });
  }

  for (const variant of ['narrow', 'medium', 'wide'] as const) {
    it(`finds a clear place for every label of a crowded map, eight places and two long routes (${variant})`, () => {
      const crowded = layoutMap(prepareMap(mapChart.parse(crowdedMapInput), context), variant, context);
      const unclear = [...crowded.points.map((p) => p.label), ...crowded.routes.map((r) => r.label)]
        .filter((label) => !label.clear)
        .map((label) => label.lines.join(' '));
      expect(unclear).toEqual([]);
    });
  }

  it('draws its outlines once for every width, each width placing them on its own frame', () => {
    const [narrow, medium, wide] = (['narrow', 'medium', 'wide'] as const).map((variant) => layoutMap(model, variant, context));
    for (const other of [medium!, wide!]) expect(other.countries).toEqual(narrow!.countries);
    const placing = (transform: string | undefined) => {
      const [k, dx, dy] = /^matrix\(([\d.]+) 0 0 [\d.]+ (-?[\d.]+) (-?[\d.]+)\)$/
        .exec(transform ?? 'matrix(1 0 0 1 0 0)')!
        .slice(1)
        .map(Number);
      return { k: k!, dx: dx!, dy: dy! };
    };
    // Where the outlines' own units put each place, read back from the wide drawing's marks.
    const w = placing(wide!.outlineTransform);
    const reference = new Map(wide!.points.map((p) => [p.id, [(p.x - w.dx) / w.k, (p.y - w.dy) / w.k]]));
    for (const drawn of [narrow!, medium!]) {
      const { k, dx, dy } = placing(drawn.outlineTransform);
      expect(k).toBeLessThan(1);
      for (const point of drawn.points) {
        const [x, y] = reference.get(point.id)!;
        expect(Math.abs(k * x! + dx - point.x), `${point.id} across, ${drawn.width} wide`).toBeLessThan(0.3);
        expect(Math.abs(k * y! + dy - point.y), `${point.id} down, ${drawn.width} wide`).toBeLessThan(0.3);
      }
    }
  });

  it('puts places in their true relative positions: Siversk east of Sloviansk, Kostiantynivka south', () => {
    const at = (id: string) => scene('wide').points.find((p) => p.id === id)!;
    expect(at('siversk').x).toBeGreaterThan(at('sloviansk').x);
    expect(at('kostiantynivka').y).toBeGreaterThan(at('sloviansk').y);
  });

  it('gives grouped places their group shape and others a circle', () => {
    const { points } = scene('wide');
    expect(points.find((p) => p.id === 'kramatorsk')!.shape).toBe('square');
    expect(points.find((p) => p.id === 'siversk')!.shape).toBe('circle');
  });

  it('labels a route with the computed distance and the reported one where they differ', () => {
    expect(scene('wide').routes[0]!.label.lines).toEqual(['37 km', 'reported: about 30 km']);
  });

  it('draws a round-number scale bar about a fifth of the width', () => {
    const { scaleBar, width } = scene('wide');
    expect(scaleBar.label).toMatch(/^\d+ km$/);
    expect(scaleBar.length).toBeGreaterThan(width / 10);
    expect(scaleBar.length).toBeLessThan(width / 2.5);
  });

  it('returns the same scene for the same input', () => {
    expect(JSON.stringify(scene('narrow'))).toBe(JSON.stringify(scene('narrow')));
  });

  it('adds a route row to the table with the computed and the reported distance', () => {
    expect(plain(map.table(model, context).rows.at(-1))).toEqual(['Siversk to Sloviansk', '37 km (computed)', 'about 30 km', 'Source aggregator']);
  });

  it('lists the places, groups and distances in its description, flagging a reported distance that differs', () => {
    expect(plain(map.describe(model, context))).toContain(
      'Siversk to Sloviansk: 37 km in a straight line; Source aggregator reports about 30 km, which differs from the computed distance.',
    );
  });

  it('keys each group by its own shape, then other places and routes', () => {
    expect(map.legend(model, context).map((item) => item.label)).toEqual(['Fortress belt', 'Other places', 'Straight-line distance computed from coordinates']);
  });
});
