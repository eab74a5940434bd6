import { describe, expect, it } from 'vitest';
import { defaults } from '../../../../src/charts/defaults';
import { bar } from '../../../../src/charts/kinds/bar';
import { toMarkup } from '../../../../src/charts/svg';
import { layoutBars } from '../../../../src/charts/kinds/bar/layout';
import { prepareBars } from '../../../../src/charts/kinds/bar/model';
import { barChart } from '../../../../src/charts/kinds/bar/schema';
import { fontMeasure } from '../../../../src/lib/text-measure';
import { barInput, context, plain } from '../../../fixtures/charts';

const chart = barChart.parse(barInput);
const model = prepareBars(chart, context);
const scene = (variant: 'narrow' | 'wide', input = chart) => plain(layoutBars(prepareBars(input, context), variant, context));

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
    expect(drones!.reports[1]!.x).toBeCloseTo(drones!.range!.x + drones!.range!.width, 1);
    expect(drones!.value.text).toBe('635 or >650 drones');
    // 'More than 650' is a bound: an arrowhead on its tick points the way the true value may lie.
    expect(drones!.reports.map((r) => r.open)).toEqual([null, 'right']);
    expect(drones!.reports.map((r) => r.arrow === null)).toEqual([true, false]);
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
        expect(row.value.x + fontMeasure.width(row.value.text, 14, true)).toBeLessThanOrEqual(width);
        expect(row.label.y + (row.label.lines.length - 1) * row.label.lineHeight + 0.4 * 14).toBeLessThanOrEqual(row.bar.y);
      }
    }
  });

  it('uses a bar’s own unit where it differs from the chart’s', () => {
    const mixed = barChart.parse({ ...barInput, bars: [...barInput.bars.slice(0, 1), { label: 'Missiles', value: 38, unit: 'missiles', source: 'a' }] });
    expect(scene('wide', mixed).rows[1]!.value.text).toBe('38 missiles');
  });

  it('starts the baseline at the first bar, below the first label', () => {
    const { baseline, rows } = scene('narrow');
    expect(baseline.y1).toBeGreaterThan(rows[0]!.label.y);
    expect(baseline.y1).toBeLessThanOrEqual(rows[0]!.bar.y);
  });

  it('draws a share of a whole on a 0–100% track with its scale, whatever the largest value', () => {
    const shares = barChart.parse({
      ...barInput,
      unit: '%',
      bars: [
        { label: 'Donetsk', value: 75, qualifier: 'about', source: 'a' },
        { label: 'Ukraine', value: 19, source: 'a' },
      ],
    });
    const { rows, axis } = scene('wide', shares);
    const track = rows[0]!.track!;
    expect(rows[0]!.bar.width / track.width).toBeCloseTo(0.75, 2);
    expect(rows[1]!.track).toEqual({ ...track, y: rows[1]!.bar.y });
    expect(axis!.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(axis!.ticks.at(-1)!.x).toBeCloseTo(track.x + track.width, 1);
    expect(scene('wide').axis).toBeNull();
  });

  it('names each source in the tooltip of a disputed bar', () => {
    expect(scene('wide').rows[0]!.tip).toBe('Drones: 635 drones (Source aggregator); Drones: more than 650 drones (Source lbc)');
  });

  it('shows an agreed figure once even when two sources report it', () => {
    const agreed = barChart.parse({
      ...barInput,
      bars: [
        {
          label: 'Donetsk',
          reports: [
            { value: 75, qualifier: 'about', source: 'a' },
            { value: 75, qualifier: 'about', source: 'b' },
          ],
        },
      ],
    });
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
      'Hatched: the span between differing reports; a tick marks each source’s figure',
      'Arrow on a tick: a figure reported as a bound (“more than”, “up to”), pointing the way the true value may lie',
    ]);
    const agreed = barChart.parse({
      ...barInput,
      bars: [
        {
          label: 'Donetsk',
          reports: [
            { value: 75, qualifier: 'about', source: 'a' },
            { value: 75, qualifier: 'about', source: 'b' },
          ],
        },
      ],
    });
    expect(bar.legend(prepareBars(agreed, context), context)).toEqual([]);
  });
});

describe('bar chart rendering', () => {
  it('sets a wrapped label’s lines one line height apart, as the layout reserves them', () => {
    const long = barChart.parse({
      ...barInput,
      bars: [{ label: 'Drones launched overnight across the whole of the country, by the official count', value: 635, source: 'a' }],
    });
    const laidOut = scene('narrow', long);
    const markup = toMarkup(bar.render(laidOut, { labelledBy: 't', prefix: 'p' }));
    const steps = [...markup.matchAll(/<tspan x="[\d.]+" dy="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.slice(1).every((dy) => dy === defaults.lineHeight)).toBe(true);
    // The last line's descenders stay above the bar the layout put below the label.
    const row = laidOut.rows[0]!;
    expect(row.label.y + steps.reduce((a, b) => a + b, 0) + 0.4 * 14).toBeLessThan(row.bar.y);
  });
});
