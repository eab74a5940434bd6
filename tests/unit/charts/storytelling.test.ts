import { describe, expect, it } from 'vitest';
import { chartSchema, chartTable, prepareChart, prepareStates, type Chart } from '../../../src/charts/registry';
import { defaults } from '../../../src/charts/defaults';
import { layoutLine } from '../../../src/charts/kinds/line/layout';
import { prepareLine } from '../../../src/charts/kinds/line/model';
import { layoutMap } from '../../../src/charts/kinds/map/layout';
import { prepareMap } from '../../../src/charts/kinds/map/model';
import { layoutTimeline } from '../../../src/charts/kinds/timeline/layout';
import { prepareTimeline } from '../../../src/charts/kinds/timeline/model';
import { context, crowdedMapInput, lineInput, mapInput, timelineInput } from '../../fixtures/charts';
import { collisions } from '../../helpers/geometry';

const issues = (input: unknown) => {
  const result = chartSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

const mapWithStates = {
  ...mapInput,
  states: [
    {
      date: '2025-12-11',
      label: 'Russia claims capture',
      status: 'disputed',
      sources: 'gs-ukraine',
      groups: [{ label: 'Claimed', places: ['siversk'] }],
      annotations: [{ place: 'siversk', label: 'Claimed; denied by Kyiv', source: 'gs-ukraine' }],
    },
    { date: '2025-12-23', label: 'Ukraine confirms withdrawal', status: 'confirmed', groups: [{ label: 'Withdrawn', places: ['siversk'] }] },
  ],
};

describe('chart states', () => {
  const chart = chartSchema.parse(mapWithStates) as Chart;

  it('parses each state as the whole chart with its own changes', () => {
    const states = prepareStates(chart, context, 'axis');
    expect(states.map((s) => s.state.date)).toEqual(['2025-12-11', '2025-12-23']);
    expect(states.map((s) => (s.spec as { groups: { label: string }[] }).groups[0]!.label)).toEqual(['Claimed', 'Withdrawn']);
    // Sources: the state's own, else the chart's.
    expect(states.map((s) => s.spec.sources)).toEqual([['gs-ukraine'], ['aggregator']]);
    // Each state draws its own map, with ids of its own.
    expect(states[0]!.prepared.svg.wide).toContain('aria-labelledby="axis--2025-12-11-title axis--2025-12-11-desc"');
  });

  it('puts every state in one table and CSV, the state first', () => {
    const table = chartTable(chart, context);
    expect(table.columns[0]).toBe('State');
    expect(table.rows[0]![0]).toBe('11 December 2025: Russia claims capture (disputed)');
    expect(table.rows.at(-1)![0]).toBe('23 December 2025: Ukraine confirms withdrawal (confirmed)');
    expect(table.csvColumns.slice(0, 3)).toEqual(['state_date', 'state', 'state_status']);
    expect(table.csv[0]!.slice(0, 3)).toEqual(['2025-12-11', 'Russia claims capture', 'disputed']);
  });

  it('refuses a single state, states out of order, and a state that changes what the chart is', () => {
    expect(issues({ ...mapInput, states: [mapWithStates.states[0]] })).toEqual([
      'states: states is a list of at least two dated states, e.g. - { date: 2025-12-11, label: "Russia claims capture", status: disputed }',
    ]);
    expect(issues({ ...mapInput, states: [...mapWithStates.states].reverse() })).toEqual([
      'states.1.date: list states in date order: 2025-12-11 comes before 2025-12-23',
    ]);
    expect(issues({ ...mapInput, states: [{ ...mapWithStates.states[0], type: 'bar' }, mapWithStates.states[1]] })).toContain(
      "states.0.type: a state cannot change the chart's type: it is the same chart at another date; remove type from the state",
    );
    expect(issues({ ...mapInput, states: [{ ...mapWithStates.states[0], places: ['sloviansk', 'kramatorsk'] }, mapWithStates.states[1]] })).toContain(
      "states.0.annotations.0: siversk is not among the map's places: add it to places",
    );
  });
});

describe('annotations', () => {
  it('are read out after the generated description', () => {
    const chart = chartSchema.parse({ ...mapInput, annotations: [{ place: 'siversk', label: 'Taken on 23 December', source: 'aggregator' }] }) as Chart;
    expect(prepareChart(chart, context, 'm').description).toMatch(/\. Notes on the chart: Taken on 23 December \(Siversk\)\.$/);
  });

  it('on a map: called out from their place on a leader, or numbered where the map is crowded, never over a name', () => {
    const label = 'Largest city Ukraine holds in the Donbas';
    const outcome: Record<string, string> = {};
    for (const input of [mapInput, crowdedMapInput]) {
      const spec = chartSchema.parse({ ...input, annotations: [{ place: 'kramatorsk', label, source: 'aggregator' }] });
      for (const variant of ['narrow', 'medium', 'wide'] as const) {
        const scene = layoutMap(prepareMap(spec as never, context), variant, context);
        const note = scene.annotations[0]!;
        expect(note.label.clear).toBe(true);
        const labels = [
          ...scene.points.map((p) => ({ name: p.id, box: p.label.box })),
          ...scene.routes.map((r, i) => ({ name: `route ${i}`, box: r.label.box })),
          { name: 'note', box: note.label.box },
        ];
        expect(collisions(labels).filter((pair) => pair.includes('note'))).toEqual([]);
        if (note.marker) {
          // The number beside the place, and the words under the map with the same number.
          expect(note.label.lines).toEqual(['1']);
          expect(scene.footnotes[0]!.lines.join(' ')).toBe(`1 ${label}`);
          expect(scene.footnotes[0]!.y).toBeGreaterThan(scene.mapHeight);
        } else {
          expect(note.label.leaderPath).not.toBeNull();
          expect(note.label.lines.join(' ')).toBe(label);
        }
        outcome[`${input.places.length}-${variant}`] = note.marker ? 'numbered' : 'callout';
      }
    }
    // Room enough on the simple map at every width; the crowded phone map numbers its note.
    expect(outcome).toEqual({
      '5-narrow': 'callout',
      '5-medium': 'callout',
      '5-wide': 'callout',
      '8-narrow': 'numbered',
      '8-medium': 'callout',
      '8-wide': 'callout',
    });
  });

  it('on a timeline: under the event of that day', () => {
    const date = timelineInput.events[1]!.date;
    const spec = chartSchema.parse({ ...timelineInput, annotations: [{ date, label: 'Denied the same day' }] });
    const scene = layoutTimeline(prepareTimeline(spec as never, context), 'narrow', context);
    const marked = scene.marks.find((mark) => mark.label.lines.some((line) => line.kind === 'annotation'))!;
    expect(marked.label.lines.at(-1)).toEqual({ text: '› Denied the same day', kind: 'annotation' });
    expect(issues({ ...timelineInput, annotations: [{ date: '2020-01-01', label: 'Nothing then' }] })).toEqual([
      "annotations.0: no event on the timeline is dated 2020-01-01: tie the note to an event's date",
    ]);
  });

  it('on a line chart: a span of dates is shaded from its first day to its last', () => {
    const spec = chartSchema.parse({ ...lineInput, annotations: [{ date: '2024-03-01', until: '2025-12-23', label: 'Final push' }] });
    const scene = layoutLine(prepareLine(spec as never, context), 'wide', context);
    const span = scene.annotations[0]!;
    expect(span.x2! - span.x).toBeGreaterThan(50);
    expect(span.x2!).toBeLessThanOrEqual(defaults.widths.wide);
  });

  it('are refused where the kind cannot draw them', () => {
    expect(issues({ ...lineInput, annotations: [{ place: 'siversk', label: 'Here' }] })).toEqual([
      'annotations.0: a line chart ties an annotation to a date (date:) or a span of dates (date: and until:), not to a place (place:)',
    ]);
    expect(issues({ ...mapInput, annotations: [{ label: 'Nowhere' }] })).toEqual([
      'annotations.0: tie the annotation to one thing: place: <place id> on a map, or date: YYYY-MM-DD on a timeline or line chart',
    ]);
  });
});
