import { describe, expect, it } from 'vitest';
import { chartSchema, prepareChart } from '../../../../src/charts/registry';
import { line } from '../../../../src/charts/kinds/line';
import { layoutLine } from '../../../../src/charts/kinds/line/layout';
import { prepareLine } from '../../../../src/charts/kinds/line/model';
import { lineChart } from '../../../../src/charts/kinds/line/schema';
import { toCsv } from '../../../../src/charts/csv';
import { fontMeasure } from '../../../../src/lib/text-measure';
import { context, lineInput, plain } from '../../../fixtures/charts';

const chart = lineChart.parse(lineInput);
const model = prepareLine(chart, context);
const scene = (variant: 'narrow' | 'wide', input = chart) => plain(layoutLine(prepareLine(input, context), variant, context));

describe('line chart', () => {
  it('lineChart gives each point its series source and sorts points by date', () => {
    expect(chart.series[0]!.points.map((p) => [p.date, p.source])).toEqual([
      ['2022-07-15', 'isw'],
      ['2024-03-01', 'isw'],
      ['2025-12-23', 'isw'],
    ]);
  });

  it('lineChart rejects a point with no source anywhere', () => {
    const series = [
      {
        label: 'x',
        points: [
          { date: '2025-01-01', value: 1 },
          { date: '2025-02-01', value: 2, source: 'isw' },
          { date: '2025-03-01', value: 3, source: 'isw' },
        ],
      },
    ];
    const result = lineChart.safeParse({ ...lineInput, series });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['series', 0, 'points', 0, 'source']);
  });

  it('starts the value axis at zero and ends it at a round number above the maximum', () => {
    const { yTicks } = scene('wide');
    expect(yTicks[0]!.label).toBe('0');
    expect(yTicks.at(-1)!.label).toMatch(/^\d+ km$/);
    expect(Number.parseFloat(yTicks.at(-1)!.label)).toBeGreaterThanOrEqual(12);
  });

  it('rejects a series of two points, suggesting a change chart', () => {
    const series = [
      {
        label: 'x',
        source: 'isw',
        points: [
          { date: '2025-01-01', value: 1 },
          { date: '2025-02-01', value: 2 },
        ],
      },
    ];
    expect(lineChart.safeParse({ ...lineInput, series }).error?.issues[0]?.message).toMatch(
      /^a line needs at least three observed points.*Use a change chart \(type: change, from → to\) or two stats$/,
    );
  });

  it('draws the line through every dated point in order', () => {
    const { series, plot } = scene('wide');
    const points = series[0]!.points;
    const [first, last] = [points[0]!, points.at(-1)!];
    expect(series[0]!.path).toBe(`M${points.map((p) => `${p.x},${p.y}`).join('L')}`);
    expect(first!.x).toBe(plot.x);
    expect(last!.y).toBeLessThan(first!.y);
  });

  it('stacks annotations whose labels would collide into separate rows', () => {
    const { annotations } = scene('narrow');
    expect(annotations).toHaveLength(2);
    expect(annotations[0]!.label.y).not.toBe(annotations[1]!.label.y);
  });

  for (const variant of ['narrow', 'wide'] as const) {
    it(`keeps x tick labels apart at the ${variant} width`, () => {
      const { xTicks } = scene(variant);
      expect(xTicks.length).toBeGreaterThan(1);
      for (let i = 1; i < xTicks.length; i++) {
        const gap = xTicks[i]!.x - xTicks[i - 1]!.x;
        expect(gap).toBeGreaterThan((fontMeasure.width(xTicks[i]!.label, 13) + fontMeasure.width(xTicks[i - 1]!.label, 13)) / 2);
      }
    });
  }

  it('wraps an annotation too long for a phone instead of letting it run off the chart', () => {
    const long = lineChart.parse({ ...lineInput, annotations: [{ date: '2025-12-23', label: 'Ukraine’s General Staff confirms the withdrawal' }] });
    const { annotations, width } = scene('narrow', long);
    expect(annotations[0]!.label.lines.length).toBeGreaterThan(1);
    for (const text of annotations[0]!.label.lines) {
      const start = annotations[0]!.label.anchor === 'end' ? annotations[0]!.label.x - fontMeasure.width(text, 13) : annotations[0]!.label.x;
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start + fontMeasure.width(text, 13)).toBeLessThanOrEqual(width);
    }
  });

  it('labels the end of the line with its value and unit', () => {
    expect(scene('wide').series[0]!.endLabel.text).toBe('12 km');
  });

  it('writes raw values to the CSV: ISO dates and plain numbers', () => {
    const table = line.table(model, context);
    expect(toCsv(table.csvColumns, table.csv)).toBe(
      'series,date,date_precision,value,qualifier,unit,source,source_url\r\n' +
        'Distance advanced,2022-07-15,day,0,exact,km,Source isw,\r\nDistance advanced,2024-03-01,day,5,exact,km,Source isw,\r\nDistance advanced,2025-12-23,day,12,exact,km,Source isw,\r\n',
    );
  });

  it('gives start, end and annotations in its description', () => {
    expect(plain(prepareChart(chartSchema.parse(lineInput), context, 'line').description!)).toBe(
      'Line chart of Distance advanced from 15 July 2022 to 23 December 2025: from 0 km to 12 km. Notes on the chart: Capture claimed (11 December 2025); Withdrawal confirmed (23 December 2025).',
    );
  });

  it('explains a dashed line in the key only when a series is interpolated', () => {
    expect(line.legend(model, context)).toEqual([]);
    const dashed = lineChart.parse({ ...lineInput, series: [{ ...lineInput.series[0], interpolated: true }] });
    expect(line.legend(prepareLine(dashed, context), context)).toHaveLength(1);
  });
});
