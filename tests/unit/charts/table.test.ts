import { describe, expect, it } from 'vitest';
import { describeChart } from '../../../src/charts/describe';
import { chartTable, toCsv } from '../../../src/charts/table';
import { chartSchema } from '../../../src/schemas/charts';
import { barInput, lineInput, mapInput, statsInput, timelineInput } from '../../fixtures/charts';
import { placeLookup } from '../../fixtures/charts';

const context = { sourceName: (id: string) => `Source ${id}`, place: placeLookup };
const parse = (input: unknown) => chartSchema.parse(input);

describe('chartTable', () => {
  it('lists each conflicting report as its own row with its source', () => {
    const table = chartTable(parse(barInput), context);
    expect(table.rows).toEqual([
      ['Drones', '635 drones', 'Source aggregator'],
      ['Drones', 'more than 650 drones', 'Source lbc'],
      ['Missiles', '38 drones', 'Source aggregator'],
    ]);
  });

  it('gives timeline rows in date order with the status in words', () => {
    const table = chartTable(parse(timelineInput), context);
    expect(table.rows.map((row) => row[0])).toEqual(['15 July 2022', '11 December 2025', '12 December 2025', '23 December 2025']);
    expect(table.rows[1]![2]).toBe("Claimed by Russia's General Staff");
  });

  it('prints a date known only to the month as the month, never as an invented day', () => {
    const events = [{ date: '2022-07-01', precision: 'month', label: 'Assaults begin', status: 'confirmed', source: 'isw' }, timelineInput.events[0]];
    const table = chartTable(parse({ ...timelineInput, events }), context);
    expect(table.rows[0]![0]).toBe('July 2022');
    expect(table.csv[0]!.slice(0, 2)).toEqual(['2022-07-01', 'month']);
    expect(describeChart(parse({ ...timelineInput, events }), context)).toMatch(/^Timeline of 2 events from July 2022 to 23 December 2025/);
  });

  it('adds a route row with the computed and the reported distance', () => {
    const table = chartTable(parse(mapInput), context);
    expect(table.rows.at(-1)).toEqual(['Siversk to Sloviansk', '37 km (computed)', 'about 30 km', 'Source aggregator']);
  });
});

describe('toCsv', () => {
  it('quotes cells with commas and quotes, and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"']])).toBe('a,b\r\n"x, y","say ""hi"""\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")']])).toBe(`a\r\n"'=HYPERLINK(""x"")"\r\n`);
  });

  it('writes raw values: ISO dates and plain numbers', () => {
    const table = chartTable(parse(lineInput), context);
    expect(toCsv(table.csvColumns, table.csv)).toBe(
      'series,date,date_precision,value,qualifier,unit,source\r\nDistance advanced,2022-07-15,day,0,exact,km,isw\r\nDistance advanced,2025-12-23,day,12,exact,km,isw\r\n',
    );
  });
});

describe('describeChart', () => {
  it('says sources disagree and gives both figures for a disputed bar', () => {
    expect(describeChart(parse(barInput), context)).toBe(
      'Bar chart of 2 categories; sources disagree on 1. Largest: Drones, reported differently: 635 drones (Source aggregator) and more than 650 drones (Source lbc). Smallest: Missiles, 38 drones (Source aggregator).',
    );
  });

  it('names the span, the unconfirmed events and each event of a timeline', () => {
    const text = describeChart(parse(timelineInput), context);
    expect(text).toMatch(/^Timeline of 4 events from 15 July 2022 to 23 December 2025, 3 of them not confirmed\./);
    expect(text).toContain("11 December 2025: Russia claims capture (claimed by russia's general staff).");
  });

  it('gives start, end and annotations of a line', () => {
    expect(describeChart(parse(lineInput), context)).toBe(
      'Line chart of Distance advanced from 15 July 2022 to 23 December 2025: from 0 km to 12 km. Marked: Capture claimed, 11 December 2025; Withdrawal confirmed, 23 December 2025.',
    );
  });

  it('lists the places, groups and distances of a map, flagging a reported distance that differs', () => {
    expect(describeChart(parse(mapInput), context)).toContain(
      'Siversk to Sloviansk: 37 km in a straight line; Source aggregator reports about 30 km, which differs from the computed distance.',
    );
  });

  it('reads a stat grid as sentences', () => {
    expect(describeChart(parse(statsInput), context)).toBe('41 months of assaults. under 11,000 residents before the war.');
  });
});
