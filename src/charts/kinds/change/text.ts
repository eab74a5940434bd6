import { fill } from '../../../i18n/locale';
import { svg } from '../../svg';
import type { ChartContext, DataTable, LegendItem } from '../../types';
import type { ChangeModel } from './model';

/** One row per change: what changed, from what and when, to what and when, and the sources. */
export function changeTable({ items, unit }: ChangeModel, { locale }: ChartContext): DataTable {
  const sources = (item: ChangeModel['items'][number]) => [...new Set([item.from.source.name, item.to.source.name])].join('; ');
  return {
    columns: locale.t.chart.change.columns,
    rows: items.map((item) => [item.label, `${item.from.valueText} (${item.from.longDate})`, `${item.to.valueText} (${item.to.longDate})`, sources(item)]),
    csvColumns: [
      'label',
      'from_value',
      'from_qualifier',
      'from_date',
      'from_date_precision',
      'to_value',
      'to_qualifier',
      'to_date',
      'to_date_precision',
      'unit',
      'source',
      'source_url',
    ],
    csv: items.map((item) => [
      item.label,
      item.from.value,
      item.from.qualifier,
      item.from.date,
      item.from.precision,
      item.to.value,
      item.to.qualifier,
      item.to.date,
      item.to.precision,
      unit,
      sources(item),
      [...new Set([item.from.source.url, item.to.source.url].filter(Boolean))].join(' '),
    ]),
  };
}

/** "Front's advance from Lysychansk: from 0 km (around July 2022) to 12 km (23 December 2025)." */
export function describeChange({ items }: ChangeModel, { locale }: ChartContext): string {
  return items
    .map(
      (item) =>
        `${fill(locale.t.chart.change.describe, { label: item.label, from: item.from.valueText, fromDate: item.from.longDate, to: item.to.valueText, toDate: item.to.longDate })}.`,
    )
    .join(' ');
}

/** The key explains the arrow: it joins two reports, it does not trace what happened between them. */
export function changeLegend(_model: ChangeModel, { locale }: ChartContext): LegendItem[] {
  return [
    {
      width: 28,
      label: locale.t.chart.change.key,
      symbol: [
        svg('circle', { class: 'change__from', cx: 5, cy: 8, r: 4 }),
        svg('path', { class: 'change__shaft', d: 'M5,8H20' }),
        svg('path', { class: 'change__head', d: 'M20,4L26,8L20,12Z' }),
      ],
    },
  ];
}
