import type { DrawnKind } from '../../types';
import { layoutLine, type LineScene } from './layout';
import { prepareLine, type LineModel } from './model';
import { renderLine } from './render';
import { lineChart, type LineChart } from './schema';
import { describeLine, lineLegend, lineTable } from './text';

/** A quantity over time, e.g. the distance advanced, with dated annotations. */
export const line: DrawnKind<LineChart, LineModel, LineScene> = {
  drawn: true,
  schema: lineChart,
  prepare: prepareLine,
  layout: layoutLine,
  render: renderLine,
  table: lineTable,
  describe: describeLine,
  legend: lineLegend,
  annotate: ['date', 'range'],
};
