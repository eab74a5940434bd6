import { describe, expect, it } from 'vitest';
import { timeline } from '../../../../src/charts/kinds/timeline';
import { layoutTimeline } from '../../../../src/charts/kinds/timeline/layout';
import { prepareTimeline } from '../../../../src/charts/kinds/timeline/model';
import { timelineChart } from '../../../../src/charts/kinds/timeline/schema';
import { context, timelineInput } from '../../../fixtures/charts';

const chart = timelineChart.parse(timelineInput);
const model = prepareTimeline(chart, context);
const scene = (variant: 'narrow' | 'wide', input = chart) => layoutTimeline(prepareTimeline(input, context), variant, context);

describe('timeline', () => {
  for (const variant of ['narrow', 'wide'] as const) {
    it(`orders entries by date, earliest at the top (${variant})`, () => {
      const { marks } = scene(variant);
      expect(marks.map((m) => m.label.lines[0]!.text)).toEqual(['15 Jul 2022', '11 Dec 2025', '12 Dec 2025', '23 Dec 2025']);
      const ys = marks.map((m) => m.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
    });

    it(`keeps every entry's text clear of the next (${variant})`, () => {
      const { marks } = scene(variant);
      for (let i = 1; i < marks.length; i++) {
        const previous = marks[i - 1]!.label;
        const lastBaseline = previous.y + (previous.lines.length - 1) * previous.lineHeight;
        expect(marks[i]!.label.y - 14 * 1.024).toBeGreaterThan(lastBaseline + 14 * 0.4);
      }
    });
  }

  it('shortens a long stretch without events, with a break mark that says how long it is', () => {
    const { breaks, axis, days } = scene('wide');
    expect(breaks).toHaveLength(1);
    expect(breaks[0]!.label.text).toBe('3 years, 4 months later');
    // The axis is drawn in two pieces around the break, from the first day to the last.
    expect(axis).toHaveLength(2);
    expect(axis[0]!.y1).toBeLessThanOrEqual(days[0]!.y);
    expect(axis[1]!.y2).toBe(days.at(-1)!.y);
  });

  it('keeps days close in time close on the axis, and the gap between them in proportion', () => {
    const { days } = scene('wide');
    const [, claim, denial, withdrawal] = days.map((d) => d.y) as [number, number, number, number];
    // 11 to 12 December is one day, 12 to 23 December eleven: the second gap is the longer.
    expect(withdrawal - denial).toBeGreaterThan(denial - claim);
  });

  it('gives entries of the same day one dot and one date, joined by elbows that cannot cross', () => {
    const sameDay = timelineChart.parse({
      ...timelineInput,
      events: [
        { date: '2025-12-23', label: 'Attack', status: 'confirmed', confirmedBy: 'officials', source: 'lbc' },
        { date: '2025-12-23', kind: 'statement', by: 'Zelensky', label: 'A clear signal', source: 'lbc' },
        { date: '2025-12-23', label: 'Withdrawal', status: 'confirmed', confirmedBy: 'General Staff', source: 'gs' },
      ],
    });
    const { days, marks, connectors } = scene('wide', sameDay);
    expect(days).toHaveLength(1);
    expect(marks.map((m) => m.label.lines.filter((l) => l.kind === 'date').length)).toEqual([1, 0, 0]);
    // Each elbow leaves the shared stem at its own height, lower than the one before.
    const turns = connectors.slice(1).map((d) => Number(/V([\d.]+)/.exec(d)![1]));
    expect(turns).toEqual([...turns].sort((a, b) => a - b));
  });

  it('spells out a status in doubt in words, naming who makes and who denies a claim', () => {
    const status = (m: { label: { lines: { text: string; kind: string }[] } }) =>
      m.label.lines
        .filter((l) => l.kind === 'status')
        .map((l) => l.text)
        .join(' ');
    expect(scene('wide').marks.map(status)).toEqual([
      'Unverified',
      "Claimed by Russia's General Staff",
      "Claimed by Russia's General Staff, denied by Ukraine",
      '',
    ]);
  });

  it('wraps a long label to the narrow width instead of clipping it', () => {
    const long = timelineChart.parse({
      ...timelineInput,
      events: [
        {
          date: '2025-12-23',
          label: 'Ukraine’s General Staff confirms the full withdrawal of its troops from the town',
          status: 'confirmed',
          confirmedBy: 'Ukraine',
          source: 'gs',
        },
      ],
    });
    const lines = (variant: 'narrow' | 'wide') => scene(variant, long).marks[0]!.label.lines.filter((l) => l.kind === 'label').length;
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
    expect(text).toContain("12 December 2025: Kyiv denies the claim (Claimed by Russia's General Staff, denied by Ukraine).");
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
    expect(marks.map((m) => [m.mark, ...m.label.lines.filter((l) => l.kind !== 'label').map((l) => l.text)])).toEqual([
      ['unverified', 'around Jul 2022', 'Unverified'],
      ['statement', '22 Dec 2025'],
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
