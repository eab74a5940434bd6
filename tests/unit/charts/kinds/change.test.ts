import { describe, expect, it } from 'vitest';
import { change } from '../../../../src/charts/kinds/change';
import { layoutChange } from '../../../../src/charts/kinds/change/layout';
import { prepareChange } from '../../../../src/charts/kinds/change/model';
import { changeChart } from '../../../../src/charts/kinds/change/schema';
import { overlaps } from '../../../../src/charts/boxes';
import { changeInput, context, plain } from '../../../fixtures/charts';

const chart = changeChart.parse(changeInput);
const model = prepareChange(chart, context);
const scene = (variant: 'narrow' | 'wide', input = chart) => plain(layoutChange(prepareChange(input, context), variant, context));

describe('change chart', () => {
  it('draws an arrow from the earlier value to the later one on a scale from zero', () => {
    const { rows, axis } = scene('wide');
    const [row] = rows;
    expect(row!.from.x).toBe(axis.ticks[0]!.x);
    expect(row!.to.x).toBeGreaterThan(row!.from.x);
    expect(row!.shaft).toMatch(new RegExp(`^M${row!.from.x},${row!.y}H`));
    expect(row!.arrowhead).toContain(`L${row!.to.x},${row!.y}L`);
  });

  it('labels each end with its value and its date, as precisely as the date is known', () => {
    const [row] = scene('narrow').rows;
    expect([row!.from.label.value, row!.from.label.date]).toEqual(['0 km', 'around Jul 2022']);
    expect([row!.to.label.value, row!.to.label.date]).toEqual(['12 km', '23 Dec 2025']);
  });

  it('keeps the two ends’ labels apart when the values are close', () => {
    const close = changeChart.parse({ ...changeInput, items: [{ ...changeInput.items[0], to: { ...changeInput.items[0]!.to, value: 1 } }] });
    const row = layoutChange(prepareChange(close, context), 'narrow', context).rows[0]!;
    const box = (label: typeof row.from.label) => {
      const width = Math.max(context.measure.width(label.value, 14, true), context.measure.width(label.date, 14, true));
      const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
      return { x: left, y: row.valueY - 15, width, height: 32 };
    };
    expect(overlaps(box(row.from.label), box(row.to.label))).toBe(false);
  });

  it('rejects an end dated before the start', () => {
    const backwards = { ...changeInput, items: [{ ...changeInput.items[0], to: { ...changeInput.items[0]!.to, date: '2020-01-01' } }] };
    expect(changeChart.safeParse(backwards).error?.issues[0]?.message).toBe('to must be dated on or after from');
  });

  it('describes the change in words, with both dates, and keys the arrow as joining two reports', () => {
    expect(plain(change.describe(model, context))).toBe("Front's advance: from 0 km (around July 2022) to 12 km (23 December 2025).");
    expect(change.legend(model, context)[0]!.label).toBe('From the earlier report to the later one; the arrow does not trace the path between them');
  });

  it('writes both ends to the CSV as raw values and ISO dates', () => {
    const { csv, csvColumns } = change.table(model, context);
    expect(csvColumns.slice(0, 9)).toEqual([
      'label',
      'from_value',
      'from_qualifier',
      'from_date',
      'from_date_precision',
      'to_value',
      'to_qualifier',
      'to_date',
      'to_date_precision',
    ]);
    expect(csv[0]!.slice(0, 9)).toEqual(["Front's advance", 0, 'exact', '2022-07-01', 'month', 12, 'exact', '2025-12-23', 'day']);
  });
});
