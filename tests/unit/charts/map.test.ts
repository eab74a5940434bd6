import { geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { contains } from '../../../src/charts/boxes';
import { countryShapes } from '../../../src/charts/countries';
import { disagrees, greatCircleKm } from '../../../src/charts/geo-distance';
import { layoutMap } from '../../../src/charts/map';
import { mapChart } from '../../../src/schemas/charts/map';
import { mapInput, placeLookup } from '../../fixtures/charts';
import { collisions } from '../../helpers/geometry';

const chart = mapChart.parse(mapInput);

describe('greatCircleKm', () => {
  it('computes Siversk to Sloviansk as about 36 km, not the 30 km reported', () => {
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

describe('layoutMap', () => {
  for (const variant of ['narrow', 'wide'] as const) {
    it(`places every label clear of the others, the points and the inset at the ${variant} width`, () => {
      const scene = layoutMap(chart, variant, placeLookup);
      expect(scene.points.every((p) => p.label.clear)).toBe(true);
      expect(scene.lines.every((l) => l.label.clear)).toBe(true);
      const boxes = [
        ...scene.points.map((p) => ({ name: p.name, box: p.label.box })),
        ...scene.points.map((p) => ({ name: `${p.name} point`, box: { x: p.x - 5, y: p.y - 5, width: 10, height: 10 } })),
        ...scene.lines.map((l) => ({ name: l.label.text, box: l.label.box })),
        ...(scene.inset ? [{ name: 'inset', box: scene.inset.box }] : []),
      ];
      expect(collisions(boxes)).toEqual([]);
      const frame = { x: 0, y: 0, width: scene.width, height: scene.height };
      for (const p of scene.points) expect(contains(frame, p.label.box)).toBe(true);
    });
  }

  it('puts places in their true relative positions: Siversk east of Sloviansk, Kostiantynivka south', () => {
    const scene = layoutMap(chart, 'wide', placeLookup);
    const at = (id: string) => scene.points.find((p) => p.id === id)!;
    expect(at('siversk').x).toBeGreaterThan(at('sloviansk').x);
    expect(at('kostiantynivka').y).toBeGreaterThan(at('sloviansk').y);
  });

  it('gives grouped places their group shape and others a circle', () => {
    const scene = layoutMap(chart, 'wide', placeLookup);
    expect(scene.points.find((p) => p.id === 'kramatorsk')!.shape).toBe('square');
    expect(scene.points.find((p) => p.id === 'siversk')!.shape).toBe('circle');
  });

  it('labels a route with the computed distance and the reported one where they differ', () => {
    const scene = layoutMap(chart, 'wide', placeLookup);
    expect(scene.lines[0]!.label.text).toBe('37 km (reported: about 30 km)');
  });

  it('draws a round-number scale bar about a fifth of the width', () => {
    const { scaleBar, width } = layoutMap(chart, 'wide', placeLookup);
    expect(scaleBar.label).toMatch(/^\d+ km$/);
    expect(scaleBar.length).toBeGreaterThan(width / 10);
    expect(scaleBar.length).toBeLessThan(width / 2.5);
  });

  it('returns the same scene for the same input', () => {
    expect(JSON.stringify(layoutMap(chart, 'narrow', placeLookup))).toBe(JSON.stringify(layoutMap(chart, 'narrow', placeLookup)));
  });
});
