import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/schemas/charts/bar';
import { lineChart } from '../../../src/schemas/charts/line';
import { barInput, lineInput } from '../../fixtures/charts';

describe('chart schemas', () => {
  it('barChart turns the single-value shorthand into one report', () => {
    const chart = barChart.parse(barInput);
    expect(chart.bars[1]).toEqual({ label: 'Missiles', reports: [{ value: 38, qualifier: 'exact', source: 'aggregator' }] });
  });

  it('barChart keeps every conflicting report with its own source and qualifier', () => {
    const chart = barChart.parse(barInput);
    expect(chart.bars[0]!.reports).toEqual([
      { value: 635, qualifier: 'exact', source: 'aggregator' },
      { value: 650, qualifier: 'more-than', source: 'lbc' },
    ]);
  });

  it('lineChart gives each point its series source and sorts points by date', () => {
    const chart = lineChart.parse(lineInput);
    expect(chart.series[0]!.points.map((p) => [p.date, p.source])).toEqual([
      ['2022-07-15', 'isw'],
      ['2025-12-23', 'isw'],
    ]);
  });

  it('lineChart rejects a point with no source anywhere', () => {
    const series = [{ label: 'x', points: [{ date: '2025-01-01', value: 1 }, { date: '2025-02-01', value: 2, source: 'isw' }] }];
    const result = lineChart.safeParse({ ...lineInput, series });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['series', 0, 'points', 0, 'source']);
  });
});
