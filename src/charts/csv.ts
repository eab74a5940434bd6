import { csvFormatRow } from 'd3';

/** A leading =, +, - or @ would run as a formula in a spreadsheet; a quote prefix keeps such text as text. */
const defuse = (value: string | number) => (typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value);

/** RFC 4180 CSV (d3-dsv's quoting), with a header row and CRLF line ends. */
export function toCsv(columns: string[], rows: (string | number)[][]): string {
  return [columns, ...rows].map((row) => csvFormatRow(row.map(defuse).map(String))).join('\r\n') + '\r\n';
}
