import { fill, type Qualifier } from '../../../i18n/locale';
import { figureReports } from '../../figures';
import { disagrees, greatCircleKm } from '../../geo-distance';
import type { SymbolShape } from '../../symbols';
import type { ChartContext, Place } from '../../types';
import type { MapChart } from './schema';

/** Shapes that tell groups apart without colour: index 0 is ungrouped places, then one per group. */
const groupShapes: SymbolShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** The symbol for group `group` (0 = places in no group). */
export const groupShape = (group: number): SymbolShape => groupShapes[group] ?? 'circle';

export interface MapPlace extends Place {
  /** 0 for places in no group, else the group's position from 1. */
  group: number;
  tip: string;
}

export interface MapRoute {
  from: Place;
  to: Place;
  computedKm: number;
  reported?: { km: number; qualifier: Qualifier; source: string; text: string; disagrees: boolean };
  /** Label wordings (each one or more lines), fullest first; a crowded map falls back to the shorter one. */
  wordings: string[][];
  tip: string;
}

export interface MapModel {
  spec: MapChart;
  places: MapPlace[];
  routes: MapRoute[];
}

/** Resolves places and routes once: names, groups, computed distances and how they compare with reports. */
/** A route's reported distance, written inline or taken from a shared figure in km. */
function reportedDistance(reported: MapChart['lines'][number]['reported'], context: ChartContext) {
  if (reported === undefined) return undefined;
  if (typeof reported !== 'string') return reported;
  const { reports, baseUnit } = figureReports(context, reported);
  if (baseUnit !== 'km' || reports.length !== 1) throw new Error(`figure "${reported}" must be one report in km to label a route`);
  return { km: reports[0]!.value, qualifier: reports[0]!.qualifier, source: reports[0]!.source };
}

export function prepareMap(spec: MapChart, context: ChartContext): MapModel {
  const { locale, place, source } = context;
  const words = locale.t.chart.map;
  const km = (value: number) => locale.number(Math.round(value));
  const groupOf = (id: string) => spec.groups.findIndex((group) => group.places.includes(id)) + 1;
  const places = spec.places.map((id): MapPlace => {
    const p = place(id);
    const group = groupOf(id);
    return {
      ...p,
      group,
      tip: [p.name, p.oblast ? fill(words.oblast, { name: p.oblast }) : '', group ? spec.groups[group - 1]!.label : '']
        .filter(Boolean)
        .join(locale.t.chart.tipSeparator),
    };
  });
  const routes = spec.lines.map((line): MapRoute => {
    const [from, to] = [place(line.from), place(line.to)];
    const computedKm = greatCircleKm(from, to);
    const given = reportedDistance(line.reported, context);
    const reported = given && {
      ...given,
      text: locale.qualified(given.km, given.qualifier, locale.t.chart.map.km),
      disagrees: disagrees(given.km, computedKm),
    };
    // The reported figure is never dropped from the label when it disagrees: that is the point of the label.
    const computed = fill(words.label, { km: km(computedKm) });
    const wordings = reported?.disagrees
      ? [
          [computed, fill(words.labelReported, { reported: reported.text })],
          [computed, fill(words.labelReportedShort, { reported: locale.qualifiedShort(reported.km, reported.qualifier) })],
          [fill(words.labelShort, { km: km(computedKm), reported: locale.qualifiedShort(reported.km, reported.qualifier) })],
        ]
      : [[computed]];
    return {
      from,
      to,
      computedKm,
      reported,
      wordings,
      tip:
        fill(words.tip, { from: from.name, to: to.name, km: km(computedKm) }) +
        (reported ? fill(words.tipReported, { reported: reported.text, source: source(reported.source).name }) : ''),
    };
  });
  return { spec, places, routes };
}
