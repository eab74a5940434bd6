import { describe, expect, it } from 'vitest';
import { relativePath } from '../../../src/charts/path-data';

/** The points a path visits, in absolute units, read back the way a browser reads path data. */
function points(d: string): string[] {
  const out: string[] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, letter, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (letter === 'Z' || letter === 'z') {
      [x, y] = [sx, sy];
      out.push('Z');
      continue;
    }
    const nums = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < nums.length; i += 2) {
      const relative = letter === 'm' || letter === 'l';
      [x, y] = relative ? [x + nums[i]!, y + nums[i + 1]!] : [nums[i]!, nums[i + 1]!];
      if (i === 0 && (letter === 'M' || letter === 'm')) [sx, sy] = [x, y];
      out.push(`${x.toFixed(1)},${y.toFixed(1)}`);
    }
  }
  return out;
}

describe('relativePath', () => {
  // A long border of small steps, as a map's outlines are.
  const long = 'M0,0' + Array.from({ length: 1000 }, (_, i) => `L${((i + 1) * 0.3).toFixed(1)},${(((i + 1) * 7) % 13) / 10}`).join('');
  const outline = 'M4.2,255L3.6,251.8L4.6,247L8.8,246.5L4.2,255ZM160.4,0L159.7,2.8L165.8,3.4L160.4,0ZM300,234.4L298.8,233.7L300,231.9Z';

  /** The points rounded to the half-unit grid the relative path is written on: none moves more than a quarter unit. */
  const onGrid = (d: string) =>
    points(d).map((p) =>
      p === 'Z'
        ? p
        : p
            .split(',')
            .map((v) => (Math.round(Number(v) * 2) / 2).toFixed(1))
            .join(','),
    );

  it('visits the same points to the nearest half unit, subpath after subpath', () => {
    expect(points(relativePath(outline))).toEqual(onGrid(outline));
  });

  it('leaves out a step the grid makes nothing, and keeps every move', () => {
    expect(relativePath('M10,10L10.1,10.2L11,10ZM10,10L10.2,10Z')).toBe('m10,10 1,0zm0,0z');
  });

  it('writes steps, not positions, and says each command once', () => {
    expect(relativePath('M10,10L10.5,9.5L12,9.5L10,10Z')).toBe('m10,10 .5-.5 1.5,0-2,.5z');
    expect(relativePath(long).length).toBeLessThan(long.length * 0.7);
  });

  it('writes a move that follows a move as a move, not as a step of a line', () => {
    const moves = 'M1,2M3,4L5,6ZM7,8L7.5,8';
    expect(relativePath(moves)).toBe('m1,2m2,2 2,2zm4,4 .5,0');
    expect(points(relativePath(moves))).toEqual(points(moves));
  });

  it('does not drift along a long border: a thousand small steps end where the absolute path ends', () => {
    expect(points(relativePath(long)).at(-1)).toBe(onGrid(long).at(-1));
    expect(onGrid(long).at(-1)).toBe('300.0,0.5');
  });

  it('leaves path data it does not write (a point drawn as arcs) as it was', () => {
    const circle = 'M5,5m0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z';
    expect(relativePath(circle)).toBe(circle);
  });
});
