import { describe, expect, it } from 'vitest';
import { defaults } from '../../../../src/charts/defaults';
import { bar } from '../../../../src/charts/kinds/bar';
import { toMarkup } from '../../../../src/charts/svg';
import { layoutBars } from '../../../../src/charts/kinds/bar/layout';
import { prepareBars } from '../../../../src/charts/kinds/bar/model';
import { barChart } from '../../../../src/charts/kinds/bar/schema';
import { estimateTextWidth } from '../../../../src/charts/text-width';
import { barInput, context, plain } from '../../../fixtures/charts';

const chart = barChart.parse(barInput);
const model = prepareBars(chart, context);
const scene = (variant: 'narrow' | 'wide', input = chart) => plain(layoutBars(prepareBars(input, context), variant));

describe('bar chart', () => {
  it('barChart turns the single-value shorthand into one report', () => {
    expect(chart.bars[1]).toEqual({ label: 'Missiles', reports: [{ value: 38, qualifier: 'exact', source: 'aggregator' }] });
  });

  it('barChart keeps every conflicting report with its own source and qualifier', () => {
    expect(chart.bars[0]!.reports).toEqual([
      { value: 635, qualifier: 'exact', source: 'aggregator' },
      { value: 650, qualifier: 'more-than', source: 'lbc' },
    ]);
  });

  it('prepareBars() spans each bar from its lowest to its highest report', () => {
    expect(model.bars.map(({ min, max, conflicting }) => ({ min, max, conflicting }))).toEqual([
      { min: 635, max: 650, conflicting: true },
      { min: 38, max: 38, conflicting: false },
    ]);
  });

  it('draws conflicting reports as a solid bar to the lowest, a range to the highest and a tick per source', () => {
    const [drones] = scene('wide').rows;
    expect(drones!.range).not.toBeNull();
    expect(drones!.bar.x + drones!.bar.width).toBeCloseTo(drones!.range!.x, 0);
    expect(drones!.reports[0]!.x).toBe(drones!.range!.x);
    expect(drones!.reports[1]!.x).toBeCloseTo(drones!.range!.x + drones!.range!.width, 5);
    expect(drones!.value.text).toBe('635 or >650 drones');
    // 'More than 650' is a bound: a chevron points past the tick; the exact 635 gets none.
    expect(drones!.reports.map((r) => r.open)).toEqual([null, 'right']);
  });

  it('draws an agreed value as one bar with no range', () => {
    const missiles = scene('wide').rows[1]!;
    expect(missiles.range).toBeNull();
    expect(missiles.reports).toEqual([]);
    expect(missiles.value.text).toBe('38 drones');
  });

  it('scales bar lengths in proportion to their values from a zero baseline', () => {
    const [drones, missiles] = scene('wide').rows;
    const scale = drones!.bar.width / 635;
    expect(missiles!.bar.width / 38).toBeCloseTo(scale, 1);
    expect(missiles!.bar.x).toBe(drones!.bar.x);
  });

  it('leaves room for the value label inside the width at both sizes', () => {
    for (const variant of ['narrow', 'wide'] as const) {
      const { rows, width } = scene(variant);
      for (const row of rows) {
        expect(row.value.x + estimateTextWidth(row.value.text, 14)).toBeLessThanOrEqual(width);
        expect(row.label.y + row.label.lines.length * 14).toBeLessThanOrEqual(row.bar.y);
      }
    }
  });

  it('uses a bar’s own unit where it differs from the chart’s', () => {
    const mixed = barChart.parse({ ...barInput, bars: [...barInput.bars.slice(0, 1), { label: 'Missiles', value: 38, unit: 'missiles', source: 'a' }] });
    expect(scene('wide', mixed).rows[1]!.value.text).toBe('38 missiles');
  });

  it('starts the baseline at the first bar, below the first label', () => {
    const { baseline, rows } = scene('narrow');
    expect(baseline.y1).toBe(rows[0]!.bar.y);
  });

  it('names each source in the tooltip of a disputed bar', () => {
    expect(scene('wide').rows[0]!.tip).toBe('Drones: 635 drones (Source aggregator); Drones: more than 650 drones (Source lbc)');
  });

  it('shows an agreed figure once even when two sources report it', () => {
    const agreed = barChart.parse({ ...barInput, bars: [{ label: 'Donetsk', reports: [{ value: 75, qualifier: 'about', source: 'a' }, { value: 75, qualifier: 'about', source: 'b' }] }] });
    expect(scene('wide', agreed).rows[0]!.value.text).toBe('~75 drones');
  });

  it('lists each conflicting report as its own table row with its source', () => {
    expect(plain(bar.table(model, context).rows)).toEqual([
      ['Drones', '635 drones', 'Source aggregator'],
      ['Drones', 'more than 650 drones', 'Source lbc'],
      ['Missiles', '38 drones', 'Source aggregator'],
    ]);
  });

  it('says sources disagree and gives both figures for a disputed bar', () => {
    expect(plain(bar.describe(model, context))).toBe(
      'Bar chart of 2 categories; sources disagree on 1. Largest: Drones, reported differently: 635 drones (Source aggregator) and more than 650 drones (Source lbc). Smallest: Missiles, 38 drones (Source aggregator).',
    );
  });

  it('explains a range and an open bound in the key only when a bar draws them', () => {
    expect(bar.legend(model, context).map((item) => item.label)).toEqual([
      'Range between differing reports; a tick marks each source’s figure',
      'A chevron marks a figure reported as a bound (“more than”, “up to”)',
    ]);
    const agreed = barChart.parse({ ...barInput, bars: [{ label: 'Donetsk', reports: [{ value: 75, qualifier: 'about', source: 'a' }, { value: 75, qualifier: 'about', source: 'b' }] }] });
    expect(bar.legend(prepareBars(agreed, context), context)).toEqual([]);
  });
});

describe('bar chart rendering', () => {
  it('sets a wrapped label’s lines one line height apart, as the layout reserves them', () => {
    const long = barChart.parse({ ...barInput, bars: [{ label: 'Drones launched overnight across the whole of the country, by the official count', value: 635, source: 'a' }] });
    const laidOut = scene('narrow', long);
    const markup = toMarkup(bar.render(laidOut, { labelledBy: 't', prefix: 'p' }));
    const steps = [...markup.matchAll(/<tspan x="[\d.]+" dy="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.slice(1).every((dy) => dy === defaults.lineHeight)).toBe(true);
    // The last line's baseline stays above the bar the layout put below the label.
    const row = laidOut.rows[0]!;
    expect(row.label.y + steps.reduce((a, b) => a + b, 0)).toBeLessThan(row.bar.y);
  });
});
