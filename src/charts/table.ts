import type { Chart } from '../schemas/charts';
import type { Place } from '../schemas/place';
import { barUnit } from './bar';
import { statFigure } from './stats';
import { describeQualified, formatDate, formatNumber } from './format';
import { greatCircleKm } from './geo-distance';
import { statusText } from './timeline';

/** The chart's data as rows of cells: the same rows feed the HTML table and the CSV download. */
export interface DataTable {
  columns: string[];
  /** Display cells, as read in the HTML table. */
  rows: string[][];
  /** Raw cells for the CSV: ISO dates, plain numbers, source ids. */
  csv: (string | number)[][];
  csvColumns: string[];
}

export interface TableContext {
  sourceName: (id: string) => string;
  place: (id: string) => Place & { id: string };
}

/** Builds the data table of any chart from its spec. */
export function chartTable(chart: Chart, context: TableContext): DataTable {
  const { sourceName, place } = context;
  switch (chart.type) {
    case 'timeline': {
      const events = [...chart.events].sort((a, b) => a.date.localeCompare(b.date));
      return {
        columns: ['Date', 'Event', 'Status', 'Note', 'Source'],
        rows: events.map((e) => [formatDate(e.date, e.precision), e.label, statusText(e.status, e.claimedBy), e.note ?? '', sourceName(e.source)]),
        csvColumns: ['date', 'date_precision', 'event', 'status', 'claimed_by', 'note', 'source'],
        csv: events.map((e) => [e.date, e.precision, e.label, e.status, e.claimedBy ?? '', e.note ?? '', e.source]),
      };
    }
    case 'bar':
      return {
        columns: ['Category', 'Reported value', 'Source'],
        rows: chart.bars.flatMap((bar) =>
          bar.reports.map((r) => [bar.label, describeQualified(r.value, r.qualifier, barUnit(bar, chart)), sourceName(r.source)]),
        ),
        csvColumns: ['category', 'value', 'qualifier', 'unit', 'source'],
        csv: chart.bars.flatMap((bar) => bar.reports.map((r) => [bar.label, r.value, r.qualifier, barUnit(bar, chart), r.source])),
      };
    case 'stats':
      return {
        columns: ['Figure', 'What it counts', 'Source'],
        rows: chart.items.map((item) => [
          statFigure(item),
          item.label,
          sourceName(item.source),
        ]),
        csvColumns: ['value', 'qualifier', 'unit', 'label', 'source'],
        csv: chart.items.map((item) => [item.value, item.qualifier, item.unit, item.label, item.source]),
      };
    case 'line':
      return {
        columns: ['Series', 'Date', `Value${chart.unit ? ` (${chart.unit})` : ''}`, 'Source'],
        rows: chart.series.flatMap((s) =>
          s.points.map((p) => [s.label, formatDate(p.date, p.precision), describeQualified(p.value, p.qualifier), sourceName(p.source)]),
        ),
        csvColumns: ['series', 'date', 'date_precision', 'value', 'qualifier', 'unit', 'source'],
        csv: chart.series.flatMap((s) => s.points.map((p) => [s.label, p.date, p.precision, p.value, p.qualifier, chart.unit, p.source])),
      };
    case 'map': {
      const groupOf = (id: string) => chart.groups.filter((g) => g.places.includes(id)).map((g) => g.label).join('; ');
      const placeRows = chart.places.map((id) => place(id));
      const lineRows = chart.lines.map((line) => {
        const a = place(line.from);
        const b = place(line.to);
        return { a, b, km: Math.round(greatCircleKm(a, b)), reported: line.reported };
      });
      return {
        columns: ['Place or route', 'Oblast or distance', 'Latitude, longitude or reported distance', 'Group or source'],
        rows: [
          ...placeRows.map((p) => [p.name, p.oblast ?? '', `${p.latitude}, ${p.longitude}`, groupOf(p.id)]),
          ...lineRows.map((l) => [
            `${l.a.name} to ${l.b.name}`,
            `${formatNumber(l.km)} km (computed)`,
            l.reported ? describeQualified(l.reported.km, l.reported.qualifier, 'km') : '',
            l.reported ? sourceName(l.reported.source) : '',
          ]),
        ],
        csvColumns: ['kind', 'id', 'name', 'latitude', 'longitude', 'group', 'computed_km', 'reported_km', 'reported_qualifier', 'source'],
        csv: [
          ...placeRows.map((p) => ['place', p.id, p.name, p.latitude, p.longitude, groupOf(p.id), '', '', '', '']),
          ...lineRows.map((l) => ['route', `${l.a.id}-${l.b.id}`, `${l.a.name} to ${l.b.name}`, '', '', '', l.km, l.reported?.km ?? '', l.reported?.qualifier ?? '', l.reported?.source ?? '']),
        ],
      };
    }
  }
}

/** RFC 4180 CSV: every cell quoted when needed, CRLF line ends, a header row. */
export function toCsv(columns: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    // A leading =, +, - or @ would run as a formula in a spreadsheet; prefix it so it stays text.
    const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [columns, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
