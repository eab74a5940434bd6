import { describe, expect, it } from 'vitest';
import { describeQualified, formatDate, formatNumber, shortQualified, withUnit } from '../../../src/charts/format';
import { statFigure } from '../../../src/charts/stats';

describe('format', () => {
  it('formatNumber() groups thousands and keeps given decimals', () => {
    expect(formatNumber(11000)).toBe('11,000');
    expect(formatNumber(0.75)).toBe('0.75');
  });

  it('describeQualified() and shortQualified() keep the qualifier a source used', () => {
    expect(describeQualified(650, 'more-than', 'drones')).toBe('more than 650 drones');
    expect(shortQualified(650, 'more-than')).toBe('>650');
    expect(describeQualified(75, 'about', '%')).toBe('about 75%');
  });

  it('withUnit() attaches a percent sign, spaces any other unit', () => {
    expect(withUnit('75', '%')).toBe('75%');
    expect(withUnit('12', 'km')).toBe('12 km');
    expect(withUnit('12', '')).toBe('12');
  });

  it('formatDate() prints only what is known: day, month or year', () => {
    expect(formatDate('2025-12-23')).toBe('23 December 2025');
    expect(formatDate('2022-07-01', 'month')).toBe('July 2022');
    expect(formatDate('2022-07-01', 'year')).toBe('2022');
  });

  it('statFigure() reads a stat as words', () => {
    expect(statFigure({ value: 11000, qualifier: 'under', unit: 'residents', label: 'x', source: 's' })).toBe('under 11,000 residents');
    expect(statFigure({ value: '75%', qualifier: 'exact', unit: '', label: 'x', source: 's' })).toBe('75%');
  });
});
