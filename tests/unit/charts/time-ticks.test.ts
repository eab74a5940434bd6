import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../../src/charts/time-ticks';
import { english } from '../../fixtures/charts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('timeTicks', () => {
  it('labels a span of years with whole years, one tick on each 1 January', () => {
    expect(timeTicks(day('2022-07-01'), day('2025-12-23'), 6, english)).toEqual([
      { date: day('2023-01-01'), label: '2023' },
      { date: day('2024-01-01'), label: '2024' },
      { date: day('2025-01-01'), label: '2025' },
    ]);
  });

  it('labels a span of months with the month on the first of each month', () => {
    const ticks = timeTicks(day('2025-09-15'), day('2025-12-23'), 6, english);
    expect(ticks.map((t) => t.label)).toEqual(['Oct 2025', 'Nov 2025', 'Dec 2025']);
    expect(ticks.every((t) => t.date.getUTCDate() === 1)).toBe(true);
  });

  it('labels a span of days with the day itself, never a month name on the 12th', () => {
    const ticks = timeTicks(day('2025-12-11'), day('2025-12-23'), 4, english);
    expect(ticks[0]).toEqual({ date: day('2025-12-11'), label: '11 Dec' });
    for (const tick of ticks) expect(tick.label).toBe(`${tick.date.getUTCDate()} Dec`);
  });

  it('thins ticks evenly to the number asked for', () => {
    expect(timeTicks(day('2000-01-01'), day('2025-01-01'), 5, english).length).toBeLessThanOrEqual(5);
  });
});
