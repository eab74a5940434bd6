import { describe, expect, it } from 'vitest';
import { chartSchema, chartTypes, prepareChart } from '../../../src/charts/registry';
import { toCsv } from '../../../src/charts/csv';
import { barInput, context, statsInput } from '../../fixtures/charts';

describe('chart registry', () => {
  it('chartSchema picks the kind by type and reports the kind’s own errors with their paths', () => {
    const result = chartSchema.safeParse({ ...barInput, bars: [{ label: 'Drones', value: 'many', source: 'lbc' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['bars.0.value']);
  });

  it('chartSchema rejects an unknown type, listing the kinds', () => {
    const result = chartSchema.safeParse({ ...barInput, type: 'pie' });
    expect(result.error?.issues[0]?.message).toBe(`expected one of: ${chartTypes.join(', ')}`);
  });

  it('prepareChart() draws a drawn kind at every design width and an HTML kind once', () => {
    const bars = prepareChart(chartSchema.parse(barInput), context, 'fixture-bar');
    expect(Object.keys(bars.svg)).toEqual(['narrow', 'medium', 'wide']);
    expect(bars.svg.wide).toMatch(/^<svg viewBox="0 0 680 [\d.]+"[^>]*aria-labelledby="fixture-bar-title fixture-bar-desc"/);
    expect(bars.html).toBeNull();
    const grid = prepareChart(chartSchema.parse(statsInput), context, 'fixture-stats');
    expect(grid.svg).toEqual({});
    expect(grid.html).toMatch(/^<ul class="stat-grid">/);
    expect(grid.description).toBeNull();
  });
});

describe('toCsv', () => {
  it('quotes cells with commas and quotes, and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"']])).toBe('a,b\r\n"x, y","say ""hi"""\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")']])).toBe(`a\r\n"'=HYPERLINK(""x"")"\r\n`);
  });
});
