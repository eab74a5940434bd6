import type { HtmlKind } from '../../types';
import { prepareStats, type StatsModel } from './model';
import { renderStats } from './render';
import { statsChart, type StatsChart } from './schema';

/** A few headline numbers with units, labels and sources, as an HTML list rather than a drawing. */
export const stats: HtmlKind<StatsChart, StatsModel> = {
  drawn: false,
  schema: statsChart,
  prepare: prepareStats,
  render: (model, { locale }) => renderStats(model, locale),
  table: ({ items }, { locale }) => ({
    columns: locale.t.chart.stats.columns,
    rows: items.map((item) => [item.figure, item.label, item.sources.map((s) => s.name).join('; ')]),
    csvColumns: ['value', 'qualifier', 'unit', 'label', 'source', 'source_url'],
    csv: items.map((item) => [
      item.raw.value,
      item.raw.qualifier,
      item.raw.unit,
      item.label,
      item.sources.map((s) => s.name).join('; '),
      item.sources.map((s) => s.url ?? '').join(' '),
    ]),
  }),
  // The grid is its own text: figures and labels are read as they stand, so it needs no description.
  describe: () => null,
  legend: () => [],
};
