import { describe, expect, it } from 'vitest';
import { defaults } from '../../../../src/charts/defaults';
import { timeline } from '../../../../src/charts/kinds/timeline';
import { layoutTimeline } from '../../../../src/charts/kinds/timeline/layout';
import { prepareTimeline } from '../../../../src/charts/kinds/timeline/model';
import { timelineChart } from '../../../../src/charts/kinds/timeline/schema';
import { context, plain, timelineInput } from '../../../fixtures/charts';

const chart = timelineChart.parse(timelineInput);
const model = prepareTimeline(chart, context);
const scene = (variant: 'narrow' | 'wide', input = chart) => layoutTimeline(prepareTimeline(input, context), variant, context);

describe('timeline', () => {
  for (const variant of ['narrow', 'wide'] as const) {
    it(`orders events by date, earliest at the top (${variant})`, () => {
      const { marks } = scene(variant);
      expect(marks.map((m) => m.label.date)).toEqual(['15 Jul 2022', '11 Dec 2025', '12 Dec 2025', '23 Dec 2025']);
      const dots = marks.map((m) => m.dot.y);
      expect(dots).toEqual([...dots].sort((a, b) => a - b));
    });

    it(`moves label blocks apart so none overlap, even one day apart (${variant})`, () => {
      const { marks } = scene(variant);
      for (let i = 1; i < marks.length; i++) {
        const previous = marks[i - 1]!.label;
        const previousHeight = (1 + previous.status.length + previous.lines.length) * defaults.lineHeight;
        expect(marks[i]!.label.y).toBeGreaterThanOrEqual(previous.y + previousHeight);
      }
    });
  }

  it('places the dot for each event at its true date, proportional in time', () => {
    const [first, claim, denial, last] = scene('wide').marks.map((m) => m.dot.y) as [number, number, number, number];
    // 11 to 12 December is one day of 1,257: the dots nearly coincide, while the labels do not.
    expect(denial - claim).toBeLessThan(1);
    expect((last - first) / (claim - first)).toBeCloseTo(1257 / 1245, 1);
  });

  it('spells out each status in words, naming who makes a claim', () => {
    expect(scene('wide').marks.map((m) => m.label.status.join(' '))).toEqual(['Unverified', "Claimed by Russia's General Staff", "Claimed by Russia's General Staff, denied by Ukraine", '']);
  });

  it('wraps a long label to the narrow width instead of clipping it', () => {
    const long = timelineChart.parse({
      ...timelineInput,
      events: [{ date: '2025-12-23', label: 'Ukraine’s General Staff confirms the full withdrawal of its troops from the town', status: 'confirmed', confirmedBy: 'Ukraine', source: 'gs' }],
    });
    const lines = (variant: 'narrow' | 'wide') => scene(variant, long).marks[0]!.label.lines.length;
    expect(lines('narrow')).toBeGreaterThan(1);
    expect(lines('wide')).toBeLessThan(lines('narrow'));
  });

  it('gives table rows in date order with the status in words', () => {
    const table = timeline.table(model, context);
    expect(table.rows.map((row) => row[0])).toEqual(['15 July 2022', '11 December 2025', '12 December 2025', '23 December 2025']);
    expect(table.rows[1]![2]).toBe("Claimed by Russia's General Staff");
  });

  it('prints a date known only to the month as the month, never as an invented day', () => {
    const events = [{ date: '2022-07-01', precision: 'month', label: 'Assaults begin', status: 'unverified', source: 'isw' }, timelineInput.events[0]];
    const monthly = prepareTimeline(timelineChart.parse({ ...timelineInput, events }), context);
    const table = timeline.table(monthly, context);
    expect(table.rows[0]![0]).toBe('July 2022');
    expect(table.csv[0]!.slice(0, 2)).toEqual(['2022-07-01', 'month']);
    expect(timeline.describe(monthly, context)).toMatch(/^Timeline of 2 events from July 2022 to 23 December 2025/);
  });

  it('names the span, the unconfirmed events and each event in its description', () => {
    const text = timeline.describe(model, context);
    expect(text).toMatch(/^Timeline of 4 events from 15 July 2022 to 23 December 2025, 3 of them not confirmed\./);
    expect(text).toContain("11 December 2025: Russia claims capture (Claimed by Russia's General Staff).");
    expect(text).toContain('12 December 2025: Kyiv denies the claim (Claimed by Russia\'s General Staff, denied by Ukraine).');
  });

  it('marks a statement by its speaker, with no claim status, and an inferred date as approximate', () => {
    const entries = timelineChart.parse({
      ...timelineInput,
      events: [
        { date: '2025-12-22', kind: 'statement', by: 'Donald Trump', label: "Trump: talks 'going along'", source: 'lbc' },
        { date: '2022-07-01', precision: 'month', approximate: true, label: 'Assaults begin', status: 'unverified', source: 'isw' },
      ],
    });
    const { marks } = scene('wide', entries);
    expect(marks.map((m) => [m.mark, m.label.date, m.label.status.join(' ')])).toEqual([
      ['unverified', 'around Jul 2022', 'Unverified'],
      ['statement', '22 Dec 2025', ''],
    ]);
    expect(marks[1]!.tip).toContain('Said by Donald Trump');
  });

  it('keys only the claim statuses it uses, in a fixed order', () => {
    const events = timelineInput.events.filter((e) => e.status !== 'disputed');
    const legend = timeline.legend(prepareTimeline(timelineChart.parse({ ...timelineInput, events }), context), context);
    expect(legend.map((item) => item.label)).toEqual(['Confirmed', 'Claimed by one side', 'Unverified']);
    // Each entry links to the glossary's definition of the statuses.
    expect(legend.every((item) => item.term === 'claim-status')).toBe(true);
  });
});
