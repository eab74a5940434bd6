import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/charts/defaults';
import { layoutTimeline, statusText } from '../../../src/charts/timeline';
import { timelineChart } from '../../../src/schemas/charts/timeline';
import { timelineInput } from '../../fixtures/charts';

const chart = timelineChart.parse(timelineInput);

describe('layoutTimeline', () => {
  for (const variant of ['narrow', 'wide'] as const) {
    it(`layoutTimeline(${variant}) orders events by date, earliest at the top`, () => {
      const scene = layoutTimeline(chart, variant);
      expect(scene.marks.map((m) => m.label.date)).toEqual(['15 Jul 2022', '11 Dec 2025', '12 Dec 2025', '23 Dec 2025']);
      const dots = scene.marks.map((m) => m.dot.y);
      expect(dots).toEqual([...dots].sort((a, b) => a - b));
    });

    it(`layoutTimeline(${variant}) moves label blocks apart so none overlap, even one day apart`, () => {
      const scene = layoutTimeline(chart, variant);
      for (let i = 1; i < scene.marks.length; i++) {
        const previous = scene.marks[i - 1]!.label;
        const previousHeight = (1 + previous.status.length + previous.lines.length) * defaults.lineHeight;
        expect(scene.marks[i]!.label.y).toBeGreaterThanOrEqual(previous.y + previousHeight);
      }
    });

    it(`layoutTimeline(${variant}) keeps every label inside the width`, () => {
      const scene = layoutTimeline(chart, variant);
      for (const mark of scene.marks) expect(mark.label.x).toBeLessThan(scene.width);
      expect(scene.height).toBeGreaterThan(scene.marks.at(-1)!.label.y);
    });
  }

  it('places the dot for each event at its true date, proportional in time', () => {
    const { marks } = layoutTimeline(chart, 'wide');
    const [first, claim, denial, last] = marks.map((m) => m.dot.y) as [number, number, number, number];
    // 11 to 12 December is one day of 1,257: the dots nearly coincide, while the labels do not.
    expect(denial - claim).toBeLessThan(1);
    expect((last - first) / (claim - first)).toBeCloseTo(1257 / 1245, 1);
  });

  it('spells out each status in words, naming who makes a claim', () => {
    const { marks } = layoutTimeline(chart, 'wide');
    expect(marks.map((m) => m.label.status.join(' '))).toEqual(['Conflicting reports', "Claimed by Russia's General Staff", 'Disputed', '']);
    expect(statusText('confirmed')).toBe('Confirmed');
  });

  it('wraps a long label to the narrow width instead of clipping it', () => {
    const long = timelineChart.parse({
      ...timelineInput,
      events: [{ date: '2025-12-23', label: 'Ukraine’s General Staff confirms the full withdrawal of its troops from the town', status: 'confirmed', source: 'gs' }],
    });
    expect(layoutTimeline(long, 'narrow').marks[0]!.label.lines.length).toBeGreaterThan(1);
    expect(layoutTimeline(long, 'wide').marks[0]!.label.lines.length).toBeLessThan(layoutTimeline(long, 'narrow').marks[0]!.label.lines.length);
  });
});
