import type { Element } from 'hast';
import type { z } from 'astro/zod';
import type { Locale } from '../i18n/locale';
import type { Figure } from '../schemas/figure';
import type { Place } from '../schemas/place';
import type { Objects, Topology } from 'topojson-specification';
import type { GeoLayerMeta } from '../schemas/geo';
import type { Variant } from './defaults';
import type { TextMeasure } from './text-width';
import type { AnchorKind, Annotation } from './annotations';

export type { Figure, Place };

/** One link-able part of an attribution chain: "ISW" or "Euromaidan Press (23 Dec 2025)". */
export interface SourcePart {
  text: string;
  /** The original, where a reader can check it. */
  url?: string;
}

/** A source as a chart names it: the attribution chain in words, and where a reader can check it. */
export interface SourceRef {
  id: string;
  /** "Institute for the Study of War, as reported by Euromaidan Press (23 Dec 2025)". */
  name: string;
  /** The same chain in parts, each linked to its original where there is one. */
  parts: SourcePart[];
  /** The most direct original a reader can open: the source's own, else the outlet that reported it. */
  url?: string;
}

/** A map layer: its data, already read, and what readers need to know about it. */
export interface GeoLayer {
  id: string;
  meta: GeoLayerMeta;
  topology: Topology<Objects<Record<string, unknown>>>;
}

/**
 * What chart maths may look up: the reader's language, text measurement in the site's font, and
 * sources, places, shared figures and map layers by id.
 */
export interface ChartContext {
  locale: Locale;
  measure: TextMeasure;
  source(id: string): SourceRef;
  place(id: string): Place;
  figure(id: string): Figure;
  layer(id: string): GeoLayer;
  /**
   * Work already done for identical chart specs under this context, by content: a chart drawn on
   * a page and offered as CSV is laid out once. Absent in tests, which then compute every time.
   */
  memo?: Map<string, unknown>;
  /** Publishes a drawing's geometry as a file of its own (see RenderIds.asset). */
  asset?: (svg: string) => string;
}

/** The chart's data as rows of cells: the same rows feed the HTML table and the CSV download. */
export interface DataTable {
  columns: string[];
  /** Display cells, as read in the HTML table. */
  rows: string[][];
  /** Raw cells for the CSV: ISO dates, plain numbers, source ids. */
  csv: (string | number)[][];
  csvColumns: string[];
}

/** One entry of a chart's key: a small drawing of the mark and the words that explain it. */
export interface LegendItem {
  /** The symbol's SVG content, drawn in a box `width` by 16 units. */
  symbol: Element[];
  width: 16 | 28;
  label: string;
  /** The glossary term that defines what this mark means, linked from the key. */
  term?: string;
}

/** Ids a renderer needs: what names the SVG, and a prefix for ids inside it (patterns). */
export interface RenderIds {
  labelledBy: string;
  prefix: string;
  /**
   * Publishes heavy geometry (a map's outlines: paths by id) in a cacheable file of its own and
   * returns the address of each path, for `<use href>`; absent, the geometry is drawn inline.
   */
  asset?: (paths: GeometryPath[]) => (id: string) => string;
}

/** One outline in a geometry file: its id within the file and its path data. */
export interface GeometryPath {
  id: string;
  d: string;
  /** Drawn under a scale (one drawing's paths serving several widths): its lines keep their width. */
  nonScalingStroke?: boolean;
}

interface KindBase<Spec, Model> {
  /** The Zod schema of the spec as writers type it in frontmatter. */
  schema: z.ZodType<Spec, unknown>;
  /** Resolves ids and derives the facts every other step shares (ranges, order, distances), once. */
  prepare(spec: Spec, context: ChartContext): Model;
  table(model: Model, context: ChartContext): DataTable;
  /** A generated text alternative, or null where the chart is its own text (stat grids). */
  describe(model: Model, context: ChartContext): string | null;
  legend(model: Model, context: ChartContext): LegendItem[];
  /** Where data the newsroom did not gather comes from (map geography), with its licence. */
  credits?(model: Model, context: ChartContext): string[];
  /** What this kind can tie an annotation to and draw it by; absent, it takes none. */
  annotate?: AnchorKind[];
  /** Why an annotation cannot be drawn on this chart (a place it does not show), or null. */
  anchorProblem?(spec: Spec, note: Annotation): string | null;
}

/** A chart drawn as SVG: laid out at each design width, then rendered from the scene. */
export interface DrawnKind<Spec, Model, Scene> extends KindBase<Spec, Model> {
  drawn: true;
  layout(model: Model, variant: Variant, context: ChartContext): Scene;
  render(scene: Scene, ids: RenderIds): Element;
}

/** A chart that is HTML text (stat grids): no design widths, no SVG. */
export interface HtmlKind<Spec, Model> extends KindBase<Spec, Model> {
  drawn: false;
  render(model: Model, context: ChartContext): Element;
}

export type ChartKind<Spec, Model, Scene = never> = DrawnKind<Spec, Model, Scene> | HtmlKind<Spec, Model>;
