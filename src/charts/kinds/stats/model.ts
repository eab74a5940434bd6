import { fill } from '../../../i18n/locale';
import type { Qualifier } from '../../../i18n/locale';
import { agree, figureReports } from '../../figures';
import type { ChartContext, SourceRef } from '../../types';
import type { StatsChart } from './schema';

export interface StatItem {
  /** The big number as printed: "41", "11,000", "2014". */
  value: string;
  /** The word before it: "About", "Under"; empty for an exact figure. */
  qualifier: string;
  unit: string;
  label: string;
  /** Every source that reports this number (two when they agree on it). */
  sources: SourceRef[];
  /** The figure in words, for the table and text alternative: "under 11,000 residents". */
  figure: string;
  /** Raw cells for the CSV. */
  raw: { value: string | number; qualifier: Qualifier; unit: string; sources: string[] };
}

export interface StatsModel {
  spec: StatsChart;
  items: StatItem[];
}

/** Resolves each stat (its own value, or a shared figure) and formats it with its qualifier and unit. */
export function prepareStats(spec: StatsChart, context: ChartContext): StatsModel {
  const { locale } = context;
  return {
    spec,
    items: spec.items.map((item): StatItem => {
      let raw: StatItem['raw'];
      if (item.figure) {
        const { reports, unit } = figureReports(context, item.figure, item.report);
        if (reports.some((r) => !agree(r, reports[0]!))) {
          const differing = reports.map((r) => locale.qualified(r.value, r.qualifier, unit)).join(', ');
          throw new Error(
            `stat "${item.label}" shows figure "${item.figure}", whose sources differ (${differing}): add report: <source id> to say which one, or show each as its own stat`,
          );
        }
        raw = { value: reports[0]!.value, qualifier: reports[0]!.qualifier, unit, sources: reports.map((r) => r.source) };
      } else {
        raw = { value: item.value!, qualifier: item.qualifier ?? 'exact', unit: item.unit ?? '', sources: [item.source!] };
      }
      const value = typeof raw.value === 'number' ? (item.format === 'year' ? String(raw.value) : locale.number(raw.value)) : raw.value;
      return {
        value,
        qualifier: locale.t.chart.stats.qualifier[raw.qualifier],
        unit: raw.unit,
        label: item.label,
        sources: raw.sources.map((id) => context.source(id)),
        figure: fill(locale.t.chart.qualifier[raw.qualifier], { value: locale.withUnit(value, raw.unit) }),
        raw,
      };
    }),
  };
}
