import { describe, expect, it } from 'vitest';
import { symbolPath, type SymbolShape } from '../../../src/charts/symbols';

/** The bounding box of a path's absolute coordinates (arcs contribute their end points). */
function extent(d: string) {
  const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  return numbers;
}

describe('symbolPath', () => {
  for (const shape of ['circle', 'square', 'triangle', 'diamond'] as SymbolShape[]) {
    it(`draws a closed ${shape} centred where it is asked, within r + 2.5 of the centre`, () => {
      const d = symbolPath(shape, 100, 50, 5);
      expect(d).toMatch(/^M/);
      expect(d).toMatch(/Z$|A5,5,0,1,1,105,50$/);
      // Absolute coordinates of the square (relative h/v steps aside) stay near the centre.
      const [x, y] = extent(d) as [number, number];
      expect(Math.abs(x - 100)).toBeLessThanOrEqual(7.5);
      expect(Math.abs(y - 50)).toBeLessThanOrEqual(7.5);
    });
  }

  it('keeps each shape distinct, so groups and statuses never rely on colour', () => {
    const paths = (['circle', 'square', 'triangle', 'diamond'] as SymbolShape[]).map((shape) => symbolPath(shape, 0, 0, 5));
    expect(new Set(paths).size).toBe(4);
  });
});
