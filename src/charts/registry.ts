import type { Element } from 'hast';
import { z } from 'astro/zod';
import { isoDate, sourceIds, text } from '../schemas/common';
import { defaults, type Variant } from './defaults';
import { kept } from './memo';
import { toMarkup } from './svg';
import { relativePath } from './path-data';
import type { ChartContext, ChartKind, DataTable, GeometryPath, LegendItem } from './types';
import { bar } from './kinds/bar';
import { change } from './kinds/change';
import { line } from './kinds/line';
import { map } from './kinds/map';
import { stats } from './kinds/stats';
import { timeline } from './kinds/timeline';
import { claimStatuses, type ClaimStatus } from './kinds/timeline/schema';
import { anchorKind, describeAnnotations, type AnchorKind, type Annotation } from './annotations';

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
  /** Each drawing's height over its width, to four places, for the space a page holds for it before drawing it. */
  aspect: Partial<Record<Variant, string>>;
  /** HTML kinds (stat grids): their markup; null for drawn kinds. */
  html: string | null;
}

interface RegisteredKind<Spec> {
  schema: z.ZodType<Spec, unknown>;
  /** True for kinds drawn as SVG; false for those that are HTML text (stat grids). */
  drawn: boolean;
  /** Problems with a parsed spec's annotations: one this kind cannot draw, or tied to nothing on it. */
  annotationProblems(chart: { type: string }): { index: number; message: string }[];
  /** Runs every step of the kind once; `domId` names the figure whose title labels the SVG. */
  prepare(chart: { type: string }, context: ChartContext, domId: string): PreparedChart;
  /** Only the data table (for the CSV download): no layout, no drawing. */
  table(chart: { type: string }, context: ChartContext): DataTable;
  /** The wide drawing as a tree, geometry inline, for the image downloads; null for HTML kinds. */
  image(chart: { type: string }, context: ChartContext): Element | null;
}

const variants = Object.keys(defaults.widths) as Variant[];

/** Stands for a figure's id in markup kept for reuse: a private-use character no content contains. */
const idToken = '\uE000';
/** Stands for a chart's geometry file until its three drawings have all given their outlines. */
const fileToken = '\uE001';

/** A text alternative with the chart's annotations read out after it. */
function withNotes(description: string | null, notes: Annotation[], context: ChartContext): string | null {
  if (description === null || !notes.length) return description;
  return `${/[.!?]$/.test(description.trim()) ? description.trim() : `${description.trim()}.`} ${describeAnnotations(notes, context)}`;
}

/**
 * Each spec's memo key, by the spec itself: every page that shows a chart asks for it, and a spec
 * with its data written out is long. Specs come from the content, which is read once per build.
 */
const specKeys = new WeakMap<object, string>();

/** Wraps a kind so the registry can run it without knowing its model or scene types. */
function register<Spec extends { type: string }, Model, Scene>(type: Spec['type'], kind: ChartKind<Spec, Model, Scene>): RegisteredKind<Spec> {
  const isSpec = (chart: { type: string }): chart is Spec => chart.type === type;
  // The layouts are the costly part and depend only on the spec: identical specs share them, and
  // the table and the image downloads reuse what the page already worked out.
  const memoKey = (chart: Spec) => kept(specKeys, chart, () => `${type}|${JSON.stringify(chart)}`);
  const remembered = (chart: Spec, context: ChartContext) =>
    context.memo?.get(memoKey(chart)) as
      { model: Model; scenes: Partial<Record<Variant, Scene>>; pages?: Partial<Record<'files' | 'inline', PreparedChart>> } | undefined;
  const anchors = kind.annotate ?? [];
  const anchorWords: Record<AnchorKind, string> = { place: 'a place (place:)', date: 'a date (date:)', range: 'a span of dates (date: and until:)' };
  return {
    schema: kind.schema,
    drawn: kind.drawn,
    annotationProblems(chart) {
      if (!isSpec(chart)) return [];
      const notes = (chart as { annotations?: Annotation[] }).annotations ?? [];
      return notes.flatMap((note, index) => {
        const anchor = anchorKind(note);
        if (!anchors.includes(anchor))
          return [
            {
              index,
              message: anchors.length
                ? `a ${type} chart ties an annotation to ${anchors.map((a) => anchorWords[a]).join(' or ')}, not to ${anchorWords[anchor]}`
                : `a ${type} chart draws no annotations; put the point in the chart's notes or takeaway`,
            },
          ];
        const problem = kind.anchorProblem?.(chart, note);
        return problem ? [{ index, message: problem }] : [];
      });
    },
    prepare(chart, context, domId) {
      if (!isSpec(chart)) throw new Error(`a "${chart.type}" chart was given to the "${type}" kind`);
      let work = remembered(chart, context);
      if (!work) {
        const model = kind.prepare(chart, context);
        work = { model, scenes: kind.drawn ? Object.fromEntries(variants.map((v) => [v, kind.layout(model, v, context)])) : {} };
        context.memo?.set(memoKey(chart), work);
      }
      // What a page shows of the chart is the same on every page but for the figure's id: it is
      // written once with a stand-in id, and each page swaps in its own.
      const shown = context.asset ? 'files' : 'inline';
      let page = work.pages?.[shown];
      if (!page) {
        const { model, scenes } = work;
        // A map's outlines go into one file: a reader's browser fetches every `<use>` target, shown
        // or not, so one file is one request where three were three. A path that is the same at
        // several widths (a map's outlines, drawn once and scaled onto each) is written once; one
        // that is not is told apart by the first letter of its width (n, m, w).
        const geometry: string[] = [];
        const written = new Map<string, string>();
        const asset = (variant: Variant) => (paths: GeometryPath[]) => {
          const names = new Map<string, string>();
          for (const { id, d, nonScalingStroke } of paths) {
            const key = `${id} ${d}`;
            let name = written.get(key);
            if (!name) {
              name = `${variant[0]}${id}`;
              written.set(key, name);
              geometry.push(`<path id="${name}"${nonScalingStroke ? ' vector-effect="non-scaling-stroke"' : ''} d="${relativePath(d)}"/>`);
            }
            names.set(id, name);
          }
          return (id: string) => `${fileToken}#${names.get(id) ?? `${variant[0]}${id}`}`;
        };
        const ids = (variant: Variant) => ({
          labelledBy: `${idToken}-title ${idToken}-desc`,
          prefix: `${idToken}-${variant}`,
          asset: context.asset && asset(variant),
        });
        const drawings = kind.drawn ? variants.map((v) => [v, kind.render(scenes[v]!, ids(v))] as const) : [];
        const file = geometry.length ? context.asset!(`<svg xmlns="http://www.w3.org/2000/svg">${geometry.join('')}</svg>\n`) : '';
        page = {
          table: kind.table(model, context),
          description: withNotes(kind.describe(model, context), (chart as { annotations?: Annotation[] }).annotations ?? [], context),
          legend: kind.legend(model, context),
          credits: kind.credits?.(model, context) ?? [],
          svg: Object.fromEntries(drawings.map(([v, drawing]) => [v, toMarkup(drawing).replaceAll(fileToken, file)])),
          aspect: Object.fromEntries(drawings.map(([v, drawing]) => [v, (Number(drawing.properties.height) / Number(drawing.properties.width)).toFixed(4)])),
          html: kind.drawn ? null : toMarkup(kind.render(model, context)),
        };
        (work.pages ??= {})[shown] = page;
      }
      return { ...page, svg: Object.fromEntries(Object.entries(page.svg).map(([v, markup]) => [v, markup.replaceAll(idToken, domId)])) };
    },
    table(chart, context) {
      if (!isSpec(chart)) throw new Error(`a "${chart.type}" chart was given to the "${type}" kind`);
      return kind.table(remembered(chart, context)?.model ?? kind.prepare(chart, context), context);
    },
    image(chart, context) {
      if (!isSpec(chart)) throw new Error(`a "${chart.type}" chart was given to the "${type}" kind`);
      if (!kind.drawn) return null;
      const work = remembered(chart, context);
      const scene = work?.scenes.wide ?? kind.layout(work?.model ?? kind.prepare(chart, context), 'wide', context);
      return kind.render(scene, { labelledBy: '', prefix: 'download' });
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

/**
 * One dated state of a chart that changes over time: when, what happened, how well it is
 * established and who says so, and the spec fields that differ from the chart's own (its layers,
 * highlighted places, annotations...), already checked by the kind's schema.
 */
export type ChartState = {
  date: string;
  label: string;
  status?: ClaimStatus;
  /** The sources of this state; the chart's own when left out. */
  sources?: string[];
} & Record<string, unknown>;

/** Any chart spec, as parsed from frontmatter; `states` when it changes over time. */
export type Chart = { [K in ChartType]: SpecOf<(typeof chartKinds)[K]> & { states?: ChartState[] } }[ChartType];

const stateMeta = z.object({
  /** The day this state begins, YYYY-MM-DD. */
  date: isoDate,
  /** What happened, in a few words: "Russia claims capture". */
  label: text('the state label'),
  /** confirmed, claimed, disputed or unverified. */
  status: z.enum(claimStatuses, { error: `expected one of: ${claimStatuses.join(', ')}` }).optional(),
  sources: sourceIds.optional(),
});
const metaKeys = new Set(['date', 'label', 'status']);
/** What a state may not change: it is the same chart at another moment. */
const fixedKeys = ['type', 'title', 'takeaway', 'asOf', 'alt', 'method', 'states'];

/**
 * Checks a chart's `states`: each a date, a label, perhaps a status and sources, plus the fields it
 * changes, checked as the whole chart would be. Mistakes are reported at the state's own field.
 */
function parseStates(
  raw: unknown,
  base: Record<string, unknown>,
  schema: z.ZodType,
  context: z.RefinementCtx,
  kind: RegisteredKind<{ type: string }>,
): ChartState[] | undefined {
  const problem = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path: ['states', ...path], message });
  if (!Array.isArray(raw) || raw.length < 2) {
    problem([], 'states is a list of at least two dated states, e.g. - { date: 2025-12-11, label: "Russia claims capture", status: disputed }');
    return undefined;
  }
  const states: ChartState[] = [];
  for (const [index, entry] of raw.entries()) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      problem([index], 'expected a state: { date, label, status, sources } and the fields that change');
      continue;
    }
    const fields = entry as Record<string, unknown>;
    const meta = stateMeta.safeParse(Object.fromEntries(Object.entries(fields).filter(([key]) => metaKeys.has(key) || key === 'sources')));
    if (!meta.success) for (const issue of meta.error.issues) context.addIssue({ ...issue, path: ['states', index, ...issue.path] });
    const overrides = Object.fromEntries(Object.entries(fields).filter(([key]) => !metaKeys.has(key)));
    for (const key of fixedKeys.filter((key) => key in overrides))
      problem([index, key], `a state cannot change the chart's ${key}: it is the same chart at another date; remove ${key} from the state`);
    const merged = schema.safeParse({ ...base, ...overrides });
    if (!merged.success) {
      // Mistakes in the chart's own fields are reported once, at the chart.
      for (const issue of merged.error.issues) if (String(issue.path[0]) in overrides) context.addIssue({ ...issue, path: ['states', index, ...issue.path] });
      continue;
    }
    if ('annotations' in overrides)
      for (const { index: note, message } of kind.annotationProblems(merged.data as { type: string }))
        context.addIssue({ code: 'custom', path: ['states', index, 'annotations', note], message });
    if (!meta.success) continue;
    const parsed = merged.data as Record<string, unknown>;
    states.push({ ...Object.fromEntries(Object.keys(overrides).map((key) => [key, parsed[key]])), ...meta.data } as ChartState);
  }
  const dates = states.map((state) => state.date);
  for (const [index, date] of dates.entries()) {
    if (dates.indexOf(date) !== index) problem([index, 'date'], `two states are dated ${date}; each state needs its own date`);
    else if (index > 0 && date < dates[index - 1]!) problem([index, 'date'], `list states in date order: ${date} comes before ${dates[index - 1]}`);
  }
  return states;
}

/** Any chart: `type` picks the kind, whose own schema then checks the rest, and each state if it has them. */
export const chartSchema = z
  .looseObject({ type: z.enum(chartTypes, { error: `expected one of: ${chartTypes.join(', ')}` }) })
  .transform((input, context): Chart => {
    const { states, ...rest } = input as Record<string, unknown> & { type: ChartType };
    const schema = chartKinds[input.type].schema as z.ZodType;
    const kind = chartKinds[input.type];
    const result = schema.safeParse(rest);
    if (!result.success) for (const issue of result.error.issues) context.addIssue({ ...issue });
    else
      for (const { index, message } of kind.annotationProblems(result.data as { type: string }))
        context.addIssue({ code: 'custom', path: ['annotations', index], message });
    const parsedStates = states === undefined ? undefined : parseStates(states, rest, schema, context, kind);
    if (!result.success || (states !== undefined && !parsedStates)) return z.NEVER;
    return (parsedStates ? { ...(result.data as object), states: parsedStates } : result.data) as Chart;
  });

/** The whole chart as it stood at one of its states: the chart's fields with the state's changes. */
export function stateSpec(chart: Chart, state: ChartState): Chart {
  const { states: _states, ...base } = chart;
  const changes = Object.fromEntries(Object.entries(state).filter(([key]) => !metaKeys.has(key) && key !== 'sources'));
  return { ...base, ...changes, sources: state.sources ?? chart.sources } as Chart;
}

/** A chart's states prefixed to its table: the state's date and label first, so one table holds every state. */
function withStates(chart: Chart, context: ChartContext, tableOf: (spec: Chart) => DataTable): DataTable {
  if (!chart.states) return tableOf(chart);
  const tables = chart.states.map((state) => ({ state, table: tableOf(stateSpec(chart, state)) }));
  const first = tables[0]!.table;
  const words = context.locale.t.chart.states;
  return {
    columns: [words.column, ...first.columns],
    rows: tables.flatMap(({ state, table }) => table.rows.map((row) => [stateName(state, context), ...row])),
    csvColumns: ['state_date', 'state', 'state_status', ...first.csvColumns],
    csv: tables.flatMap(({ state, table }) => table.csv.map((row) => [state.date, state.label, state.status ?? '', ...row])),
  };
}

/** "11 December 2025: Russia claims capture (disputed)". */
export function stateName(state: ChartState, { locale }: ChartContext): string {
  const words = locale.t.chart.states;
  const name = `${locale.date(state.date)}: ${state.label}`;
  return state.status ? `${name} (${words.status[state.status]})` : name;
}

/** Only a chart's data table (the CSV download, and the table under a chart with states): it lays nothing out. With states, one table for all. */
export function chartTable(chart: Chart, context: ChartContext): DataTable {
  return withStates(chart, context, (spec) => chartKinds[spec.type].table(spec, context));
}

/** Resolves one chart against its context: table, description, key and drawings. */
export function prepareChart(chart: Chart, context: ChartContext, domId: string): PreparedChart {
  return chartKinds[chart.type].prepare(chart, context, domId);
}

/** True when the chart is a drawing (it has image downloads); false for charts that are HTML. */
export const isDrawn = (chart: Chart): boolean => chartKinds[chart.type].drawn;

/**
 * The chart as drawn at its widest, with its geometry inline: what the image downloads show. A chart
 * with states is drawn at its latest state. Null for charts that are HTML (stat grids).
 */
export function chartImageTree(chart: Chart, context: ChartContext): Element | null {
  const spec = chart.states ? stateSpec(chart, chart.states.at(-1)!) : chart;
  return chartKinds[spec.type].image(spec, context);
}

/** Each state of a chart that changes over time, prepared as a chart of its own. */
export function prepareStates(
  chart: Chart,
  context: ChartContext,
  domId: string,
): { state: ChartState; spec: Chart; domId: string; prepared: PreparedChart }[] {
  return (chart.states ?? []).map((state) => {
    const spec = stateSpec(chart, state);
    const id = `${domId}--${state.date}`;
    return { state, spec, domId: id, prepared: prepareChart(spec, context, id) };
  });
}
