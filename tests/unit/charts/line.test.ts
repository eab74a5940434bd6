import { describe, expect, it } from 'vitest';
import { layoutLine } from '../../../src/charts/line';
import { lineChart } from '../../../src/schemas/charts/line';
import { estimateTextWidth } from '../../../src/charts/text-width';
import { lineInput } from '../../fixtures/charts';

const chart = lineChart.parse(lineInput);

describe('layoutLine', () => {
  it('starts the value axis at zero and ends it at a round number above the maximum', () => {
    const scene = layoutLine(chart, 'wide');
    expect(scene.yTicks[0]!.label).toBe('0');
    expect(scene.yTicks.at(-1)!.label).toMatch(/^\d+ km$/);
    expect(Number.parseFloat(scene.yTicks.at(-1)!.label)).toBeGreaterThanOrEqual(12);
  });

  it('draws the line from the first to the last dated point', () => {
    const scene = layoutLine(chart, 'wide');
    const [first, last] = scene.series[0]!.points;
    expect(scene.series[0]!.path).toBe(`M${first!.x},${first!.y}L${last!.x},${last!.y}`);
    expect(first!.x).toBe(scene.plot.x);
    expect(last!.y).toBeLessThan(first!.y);
  });

  it('stacks annotations whose labels would collide into separate rows', () => {
    const { annotations } = layoutLine(chart, 'narrow');
    expect(annotations).toHaveLength(2);
    expect(annotations[0]!.label.y).not.toBe(annotations[1]!.label.y);
  });

  for (const variant of ['narrow', 'wide'] as const) {
    it(`keeps x tick labels apart at the ${variant} width`, () => {
      const { xTicks } = layoutLine(chart, variant);
      expect(xTicks.length).toBeGreaterThan(1);
      for (let i = 1; i < xTicks.length; i++) {
        const gap = xTicks[i]!.x - xTicks[i - 1]!.x;
        expect(gap).toBeGreaterThan((estimateTextWidth(xTicks[i]!.label, 12) + estimateTextWidth(xTicks[i - 1]!.label, 12)) / 2);
      }
    });
  }

  it('wraps an annotation too long for a phone instead of letting it run off the chart', () => {
    const long = lineChart.parse({ ...lineInput, annotations: [{ date: '2025-12-23', label: 'Ukraine’s General Staff confirms the withdrawal' }] });
    const { annotations, width } = layoutLine(long, 'narrow');
    expect(annotations[0]!.label.lines.length).toBeGreaterThan(1);
    for (const line of annotations[0]!.label.lines) {
      const start = annotations[0]!.label.anchor === 'end' ? annotations[0]!.label.x - estimateTextWidth(line, 13) : annotations[0]!.label.x;
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start + estimateTextWidth(line, 13)).toBeLessThanOrEqual(width);
    }
  });

  it('labels the end of the line with its value and unit', () => {
    expect(layoutLine(chart, 'wide').series[0]!.endLabel.text).toBe('12 km');
  });
});
