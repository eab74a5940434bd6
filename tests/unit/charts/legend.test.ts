import { describe, expect, it } from 'vitest';
import { legendItems } from '../../../src/charts/legend';
import { chartSchema } from '../../../src/schemas/charts';
import { barInput, lineInput, mapInput, timelineInput } from '../../fixtures/charts';

const parse = (input: unknown) => chartSchema.parse(input);

describe('legendItems', () => {
  it('lists only the claim statuses a timeline uses, in a fixed order', () => {
    const events = timelineInput.events.filter((e) => e.status !== 'disputed');
    expect(legendItems(parse({ ...timelineInput, events }))).toEqual([
      { kind: 'status', status: 'confirmed' },
      { kind: 'status', status: 'claimed' },
      { kind: 'status', status: 'conflicting' },
    ]);
  });

  it('explains a range and an open bound only when a bar draws them', () => {
    expect(legendItems(parse(barInput))).toEqual([{ kind: 'range' }, { kind: 'open' }]);
    const agreed = { ...barInput, bars: [{ label: 'Donetsk', reports: [{ value: 75, qualifier: 'about', source: 'a' }, { value: 75, qualifier: 'about', source: 'b' }] }] };
    expect(legendItems(parse(agreed))).toEqual([]);
  });

  it('keys each map group by its own shape, then other places and routes', () => {
    expect(legendItems(parse(mapInput))).toEqual([
      { kind: 'group', group: 1, shape: 'square', label: 'Fortress belt' },
      { kind: 'group', group: 0, shape: 'circle', label: '' },
      { kind: 'route' },
    ]);
  });

  it('explains a dashed line only when a series is interpolated', () => {
    expect(legendItems(parse(lineInput))).toEqual([]);
    const series = [{ ...lineInput.series[0], interpolated: true }];
    expect(legendItems(parse({ ...lineInput, series }))).toEqual([{ kind: 'interpolated' }]);
  });
});
