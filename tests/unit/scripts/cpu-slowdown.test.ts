import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor } from '../../../scripts/cpu-slowdown.mjs';

describe('the audit’s CPU slowdown for this machine', () => {
  it('is Lighthouse’s 4× on the fast desktop the preset was made for', () => {
    expect(cpuSlowdownFor(1533)).toBeCloseTo(4, 2);
    expect(cpuSlowdownFor(2000)).toBeCloseTo(6, 2);
  });

  it('is less on a slower machine, so the emulated phone stays the same phone', () => {
    expect(cpuSlowdownFor(1300)).toBeCloseTo(3, 5);
    expect(cpuSlowdownFor(1200)).toBeCloseTo(2.8, 5);
    expect(cpuSlowdownFor(800)).toBeCloseTo(2, 5);
    expect(cpuSlowdownFor(150)).toBeCloseTo(1, 5);
  });

  it('never speeds the page up, and refuses a missing benchmark', () => {
    expect(cpuSlowdownFor(60)).toBe(1);
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/benchmark index/);
  });
});
