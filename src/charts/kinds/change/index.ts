import type { DrawnKind } from '../../types';
import { layoutChange, type ChangeScene } from './layout';
import { prepareChange, type ChangeModel } from './model';
import { renderChange } from './render';
import { changeChart, type ChangeChart } from './schema';
import { changeLegend, changeTable, describeChange } from './text';

/** From one reported value to another: an arrow on a value scale, dated at both ends. */
export const change: DrawnKind<ChangeChart, ChangeModel, ChangeScene> = {
  drawn: true,
  schema: changeChart,
  prepare: prepareChange,
  layout: layoutChange,
  render: renderChange,
  table: changeTable,
  describe: describeChange,
  legend: changeLegend,
};
