import type { Stat, StatsChart } from '../schemas/charts/stats';
import { formatNumber, qualifierWords, withUnit } from './format';

export interface StatItem {
  /** The big number as printed: "41", "75%". */
  value: string;
  /** Words before it: "About", "Under". */
  qualifier: string;
  unit: string;
  label: string;
  source: string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A stat's figure in words, for tables and text alternatives: "under 11,000 residents". */
export function statFigure(item: Stat): string {
  const value = typeof item.value === 'number' ? formatNumber(item.value) : item.value;
  return `${qualifierWords[item.qualifier]}${withUnit(value, item.unit)}`;
}

/** Formats each headline number with its qualifier and unit; layout is left to CSS grid. */
export function layoutStats(chart: StatsChart): StatItem[] {
  return chart.items.map((item) => ({
    value: typeof item.value === 'number' ? formatNumber(item.value) : item.value,
    qualifier: capitalise(qualifierWords[item.qualifier].trim()),
    unit: item.unit,
    label: item.label,
    source: item.source,
  }));
}
