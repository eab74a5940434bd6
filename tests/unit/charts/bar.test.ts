import { describe, expect, it } from 'vitest';
import { layoutBars, reportRange } from '../../../src/charts/bar';
import { barChart } from '../../../src/schemas/charts/bar';
import { estimateTextWidth } from '../../../src/charts/text-width';
import { barInput } from '../../fixtures/charts';

const chart = barChart.parse(barInput);

describe('layoutBars', () => {
  it('reportRange() spans the lowest to the highest reported value', () => {
    expect(reportRange(chart.bars[0]!)).toEqual({ min: 635, max: 650, conflicting: true });
    expect(reportRange(chart.bars[1]!)).toEqual({ min: 38, max: 38, conflicting: false });
  });

  it('draws conflicting reports as a solid bar to the lowest, a range to the highest and a tick per source', () => {
    const [drones] = layoutBars(chart, 'wide').rows;
    expect(drones!.range).not.toBeNull();
    expect(drones!.bar.x + drones!.bar.width).toBeCloseTo(drones!.range!.x, 0);
    expect(drones!.reports.map((r) => r.x)).toEqual([drones!.range!.x, drones!.range!.x + drones!.range!.width]);
    expect(drones!.value.text).toBe('635 or >650 drones');
    // 'More than 650' is a bound: a chevron points past the tick; the exact 635 gets none.
    expect(drones!.reports.map((r) => r.open)).toEqual([null, 'right']);
  });

  it('draws an agreed value as one bar with no range', () => {
    const missiles = layoutBars(chart, 'wide').rows[1]!;
    expect(missiles.range).toBeNull();
    expect(missiles.reports).toEqual([]);
    expect(missiles.value.text).toBe('38 drones');
  });

  it('scales bar lengths in proportion to their values from a zero baseline', () => {
    const [drones, missiles] = layoutBars(chart, 'wide').rows;
    const scale = drones!.bar.width / 635;
    expect(missiles!.bar.width / 38).toBeCloseTo(scale, 1);
    expect(missiles!.bar.x).toBe(drones!.bar.x);
  });

  it('leaves room for the value label inside the width at both sizes', () => {
    for (const variant of ['narrow', 'wide'] as const) {
      const scene = layoutBars(chart, variant);
      for (const row of scene.rows) {
        expect(row.value.x + estimateTextWidth(row.value.text, 13)).toBeLessThanOrEqual(scene.width);
        expect(row.label.y + row.label.lines.length * 13).toBeLessThanOrEqual(row.bar.y);
      }
    }
  });

  it('uses a bar’s own unit where it differs from the chart’s', () => {
    const mixed = barChart.parse({ ...barInput, bars: [...barInput.bars.slice(0, 1), { label: 'Missiles', value: 38, unit: 'missiles', source: 'a' }] });
    expect(layoutBars(mixed, 'wide').rows[1]!.value.text).toBe('38 missiles');
  });

  it('starts the baseline at the first bar, below the first label', () => {
    const scene = layoutBars(chart, 'narrow');
    expect(scene.baseline.y1).toBe(scene.rows[0]!.bar.y);
  });

  it('names each source in the tooltip of a disputed bar', () => {
    const drones = layoutBars(chart, 'wide', (id) => id.toUpperCase()).rows[0]!;
    expect(drones.tip).toBe('Drones: 635 drones (AGGREGATOR); Drones: more than 650 drones (LBC)');
  });

  it('shows an agreed figure once even when two sources report it', () => {
    const agreed = barChart.parse({ ...barInput, bars: [{ label: 'Donetsk', reports: [{ value: 75, qualifier: 'about', source: 'a' }, { value: 75, qualifier: 'about', source: 'b' }] }] });
    expect(layoutBars(agreed, 'wide').rows[0]!.value.text).toBe('~75 drones');
  });
});
