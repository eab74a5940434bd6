import type { Chart } from '../schemas/charts';
import type { Place } from '../schemas/place';
import { layoutBars } from './bar';
import type { Variant } from './defaults';
import { layoutLine } from './line';
import { layoutMap } from './map';
import { layoutTimeline } from './timeline';

export interface LayoutContext {
  sourceName: (id: string) => string;
  place: (id: string) => Place & { id: string };
}

/** The scene of any drawn chart at one render width; stat grids are HTML and have none. */
export function layoutChart(chart: Exclude<Chart, { type: 'stats' }>, variant: Variant, context: LayoutContext) {
  switch (chart.type) {
    case 'timeline':
      return layoutTimeline(chart, variant);
    case 'bar':
      return layoutBars(chart, variant, context.sourceName);
    case 'line':
      return layoutLine(chart, variant);
    case 'map':
      return layoutMap(chart, variant, context.place, context.sourceName);
  }
}
