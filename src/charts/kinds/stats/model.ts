import { fill } from '../../../i18n/locale';
import type { ChartContext } from '../../types';
import type { StatsChart } from './schema';

export interface StatItem {
  /** The big number as printed: "41", "11,000". */
  value: string;
  /** The word before it: "About", "Under"; empty for an exact figure. */
  qualifier: string;
  unit: string;
  label: string;
  source: string;
  sourceName: string;
  /** The figure in words, for the table and text alternative: "under 11,000 residents". */
  figure: string;
}

export interface StatsModel {
  spec: StatsChart;
  items: StatItem[];
}

/** Formats each headline number with its qualifier and unit; layout is left to CSS grid. */
export function prepareStats(spec: StatsChart, { locale, source }: ChartContext): StatsModel {
  return {
    spec,
    items: spec.items.map((item) => {
      const value = typeof item.value === 'number' ? locale.number(item.value) : item.value;
      return {
        value,
        qualifier: locale.t.chart.stats.qualifier[item.qualifier],
        unit: item.unit,
        label: item.label,
        source: item.source,
        sourceName: source(item.source).name,
        figure: fill(locale.t.chart.qualifier[item.qualifier], { value: locale.withUnit(value, item.unit) }),
      };
    }),
  };
}
