import { fill } from '../../../i18n/locale';
import { svg } from '../../svg';
import type { ChartContext, DataTable, LegendItem } from '../../types';
import { groupShape, type MapModel } from './model';
import { groupMark } from './render';

/** Places with their coordinates and group, then routes with computed and reported distances. */
export function mapTable({ spec, places, routes }: MapModel, { locale, source }: ChartContext): DataTable {
  const words = locale.t.chart.map;
  const km = (value: number) => Math.round(value);
  const groupLabels = (id: string) =>
    spec.groups
      .filter((g) => g.places.includes(id))
      .map((g) => g.label)
      .join('; ');
  return {
    columns: words.columns,
    rows: [
      ...places.map((p) => [p.name, p.oblast ?? '', `${p.latitude}, ${p.longitude}`, groupLabels(p.id)]),
      ...routes.map((r) => [
        fill(words.routeName, { from: r.from.name, to: r.to.name }),
        fill(words.computed, { km: locale.number(km(r.computedKm)) }),
        r.reported?.text ?? '',
        r.reported ? source(r.reported.source).name : '',
      ]),
    ],
    csvColumns: ['kind', 'name', 'latitude', 'longitude', 'group', 'computed_km', 'reported_km', 'reported_qualifier', 'source', 'source_url'],
    csv: [
      ...places.map((p) => ['place', p.name, p.latitude, p.longitude, groupLabels(p.id), '', '', '', '', '']),
      ...routes.map((r) => [
        'route',
        fill(words.routeName, { from: r.from.name, to: r.to.name }),
        '',
        '',
        '',
        km(r.computedKm),
        r.reported?.km ?? '',
        r.reported?.qualifier ?? '',
        r.reported ? source(r.reported.source).name : '',
        r.reported ? (source(r.reported.source).url ?? '') : '',
      ]),
    ],
  };
}

/** The places shown, each group's members, every route with its computed and reported length, and the layers. */
export function describeMap({ spec, places, routes }: MapModel, context: ChartContext): string {
  const { locale, source } = context;
  const words = locale.t.chart.map;
  const byId = new Map(places.map((p) => [p.id, p]));
  const layers = spec.layers.map((id) => context.layer(id).meta.title.toLocaleLowerCase(locale.tag));
  return [
    fill(words.describe, { places: locale.list(places.map((p) => p.name)) }),
    ...spec.groups.map((g) => fill(words.group, { label: g.label, places: locale.list(g.places.map((id) => byId.get(id)?.name ?? id)) })),
    ...routes.map((r) =>
      fill(words.route, {
        from: r.from.name,
        to: r.to.name,
        km: locale.number(Math.round(r.computedKm)),
        reported: r.reported
          ? fill(words.routeReported, { source: source(r.reported.source).name, reported: r.reported.text }) + (r.reported.disagrees ? words.routeDiffers : '')
          : '',
      }),
    ),
    ...(layers.length ? [fill(words.layers, { list: locale.list(layers) })] : []),
    // A sentence of its own, whether or not the writer ended it with a full stop.
    ...(spec.notShown ? [`${fill(words.notShown, { what: spec.notShown }).replace(/[.!?]?$/, '.')}`] : []),
  ].join(' ');
}

/** A key entry per group, one for the places in none, routes, each layer, and what the map does not show. */
export function mapLegend({ spec, places, routes }: MapModel, context: ChartContext): LegendItem[] {
  const { locale } = context;
  return [
    ...spec.groups.map((g, index) => ({ width: 16 as const, label: g.label, symbol: [groupMark(groupShape(index + 1), 8, 8, index + 1)] })),
    ...(places.some((p) => p.group === 0) ? [{ width: 16 as const, label: locale.t.chart.otherPlaces, symbol: [groupMark(groupShape(0), 8, 8, 0)] }] : []),
    ...(routes.length ? [{ width: 28 as const, label: locale.t.chart.computedDistance, symbol: [svg('path', { class: 'route', d: 'M2,8L26,8' })] }] : []),
    ...(spec.highlight.length
      ? [
          {
            width: 28 as const,
            label: locale.t.chart.map.highlighted,
            symbol: [svg('rect', { class: 'area area--highlight', x: 2, y: 3, width: 24, height: 10 })],
          },
        ]
      : []),
    ...spec.layers.map((id) => {
      const { meta } = context.layer(id);
      return {
        width: 28 as const,
        label: meta.legend,
        symbol: [svg('path', { class: `layer layer--${meta.kind === 'area' ? 'border' : 'line'} layer--${id}`, d: 'M2,8L26,8' })],
      };
    }),
    ...(spec.notShown
      ? [
          {
            width: 28 as const,
            label: fill(locale.t.chart.map.notShown, { what: spec.notShown }),
            symbol: [svg('rect', { class: 'not-shown', x: 2, y: 3, width: 24, height: 10 })],
          },
        ]
      : []),
  ];
}

/** Where the map's geography comes from and under what licence: the base outlines, then each layer. */
export function mapCredits({ spec }: MapModel, context: ChartContext): string[] {
  const words = context.locale.t.chart.map;
  return [
    words.baseCredit,
    ...spec.layers.map((id) => {
      const { meta } = context.layer(id);
      return fill(words.credit, { title: meta.title, source: meta.source, license: meta.license, asOf: meta.asOf });
    }),
  ];
}
