import type { StatsChart } from '../schemas/charts/stats';
import { describeQualified, formatNumber } from './format';

export interface StatItem {
  /** The big number as printed: "41", "75%". */
  value: string;
  /** Words before it: "about", "under". */
  qualifier: string;
  unit: string;
  label: string;
  source: string;
  /** The whole figure in one sentence fragment, for the text alternative and the table. */
  sentence: string;
}

const qualifierWords = { exact: '', about: 'About', 'more-than': 'More than', 'at-least': 'At least', 'up-to': 'Up to', under: 'Under' };

/** Formats each headline number with its qualifier and unit; layout is left to CSS grid. */
export function layoutStats(chart: StatsChart): StatItem[] {
  return chart.items.map((item) => {
    const value = typeof item.value === 'number' ? formatNumber(item.value) : item.value;
    const sentence =
      typeof item.value === 'number'
        ? `${describeQualified(item.value, item.qualifier, item.unit)} ${item.label}`
        : `${qualifierWords[item.qualifier].toLowerCase()} ${value} ${item.unit} ${item.label}`.replace(/\s+/g, ' ').trim();
    return { value, qualifier: qualifierWords[item.qualifier], unit: item.unit, label: item.label, source: item.source, sentence };
  });
}
