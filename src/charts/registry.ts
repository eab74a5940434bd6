import { z } from 'astro/zod';
import { defaults, type Variant } from './defaults';
import { toMarkup } from './svg';
import type { ChartContext, ChartKind, DataTable, LegendItem } from './types';
import { bar } from './kinds/bar';
import { change } from './kinds/change';
import { line } from './kinds/line';
import { map } from './kinds/map';
import { stats } from './kinds/stats';
import { timeline } from './kinds/timeline';

/** A chart resolved against its context: everything a page, a CSV or an embed needs from it. */
export interface PreparedChart {
  table: DataTable;
  /** The generated text alternative, or null where the chart is its own text. */
  description: string | null;
  legend: LegendItem[];
  /** Credits for data the newsroom did not gather, such as map geography. */
  credits: string[];
  /** Drawn charts: the SVG markup at each design width; empty for HTML kinds. */
  svg: Partial<Record<Variant, string>>;
  /** HTML kinds (stat grids): their markup; null for drawn kinds. */
  html: string | null;
}

interface RegisteredKind<Spec> {
  schema: z.ZodType<Spec, unknown>;
  /** Runs every step of the kind once; `domId` names the figure whose title labels the SVG. */
  prepare(chart: { type: string }, context: ChartContext, domId: string): PreparedChart;
  /** Only the data table (for the CSV download): no layout, no drawing. */
  table(chart: { type: string }, context: ChartContext): DataTable;
}

const variants = Object.keys(defaults.widths) as Variant[];

/** Wraps a kind so the registry can run it without knowing its model or scene types. */
function register<Spec extends { type: string }, Model, Scene>(type: Spec['type'], kind: ChartKind<Spec, Model, Scene>): RegisteredKind<Spec> {
  const isSpec = (chart: { type: string }): chart is Spec => chart.type === type;
  return {
    schema: kind.schema,
    prepare(chart, context, domId) {
      if (!isSpec(chart)) throw new Error(`a "${chart.type}" chart was given to the "${type}" kind`);
      // The layouts are the costly part and depend only on the spec: identical specs share them.
      const key = `${type}|${JSON.stringify(chart)}`;
      let work = context.memo?.get(key) as { model: Model; scenes: Partial<Record<Variant, Scene>> } | undefined;
      if (!work) {
        const model = kind.prepare(chart, context);
        work = { model, scenes: kind.drawn ? Object.fromEntries(variants.map((v) => [v, kind.layout(model, v, context)])) : {} };
        context.memo?.set(key, work);
      }
      const { model, scenes } = work;
      const ids = (variant: Variant) => ({ labelledBy: `${domId}-title ${domId}-desc`, prefix: `${domId}-${variant}`, asset: context.asset });
      return {
        table: kind.table(model, context),
        description: kind.describe(model, context),
        legend: kind.legend(model, context),
        credits: kind.credits?.(model, context) ?? [],
        svg: kind.drawn ? Object.fromEntries(variants.map((v) => [v, toMarkup(kind.render(scenes[v]!, ids(v)))])) : {},
        html: kind.drawn ? null : toMarkup(kind.render(model, context)),
      };
    },
    table(chart, context) {
      if (!isSpec(chart)) throw new Error(`a "${chart.type}" chart was given to the "${type}" kind`);
      return kind.table(kind.prepare(chart, context), context);
    },
  };
}

/**
 * Every chart kind, keyed by the `type` writers give it. A new kind is a folder under `kinds/`
 * and one line here; nothing else in the site switches on `type`.
 */
export const chartKinds = {
  timeline: register('timeline', timeline),
  bar: register('bar', bar),
  stats: register('stats', stats),
  line: register('line', line),
  map: register('map', map),
  change: register('change', change),
};

export type ChartType = keyof typeof chartKinds;
export const chartTypes = Object.keys(chartKinds) as ChartType[];

type SpecOf<K> = K extends RegisteredKind<infer Spec> ? Spec : never;
/** Any chart spec, as parsed from frontmatter. */
export type Chart = { [K in ChartType]: SpecOf<(typeof chartKinds)[K]> }[ChartType];

/** Any chart: `type` picks the kind, whose own schema then checks the rest. */
export const chartSchema = z
  .looseObject({ type: z.enum(chartTypes, { error: `expected one of: ${chartTypes.join(', ')}` }) })
  .transform((input, context): Chart => {
    const result = chartKinds[input.type].schema.safeParse(input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) context.addIssue({ ...issue });
    return z.NEVER;
  });

/** Only a chart's data table, for its CSV download: cheap, it lays nothing out. */
export function chartTable(chart: Chart, context: ChartContext): DataTable {
  return chartKinds[chart.type].table(chart, context);
}

/** Resolves one chart against its context: table, description, key and drawings. */
export function prepareChart(chart: Chart, context: ChartContext, domId: string): PreparedChart {
  return chartKinds[chart.type].prepare(chart, context, domId);
}
