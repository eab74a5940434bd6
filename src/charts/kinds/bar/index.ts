import type { DrawnKind } from '../../types';
import { layoutBars, type BarScene } from './layout';
import { prepareBars, type BarModel } from './model';
import { renderBars } from './render';
import { barChart, type BarChart } from './schema';
import { barLegend, barTable, describeBars } from './text';

/** Horizontal bars with value labels; a bar with conflicting reports shows every source's figure. */
export const bar: DrawnKind<BarChart, BarModel, BarScene> = {
  drawn: true,
  schema: barChart,
  prepare: prepareBars,
  layout: layoutBars,
  render: renderBars,
  table: barTable,
  describe: describeBars,
  legend: barLegend,
};
