import { kept } from '../charts/memo';
import type { ChartContext, GeoLayer } from '../charts/types';
import type { Locale } from '../i18n/locale';
import type { Figure } from '../schemas/figure';
import type { Place } from '../schemas/place';
import type { Source } from '../schemas/source';
import { sourceRef } from './sources';
import { fontMeasure } from './text-measure';

/**
 * At most this many charts' work is kept: enough for every chart of a page and its CSV files, and
 * for charts repeated across nearby pages, while memory stays flat however large the archive.
 */
const memoSize = 256;

/** A Map that forgets its least recently used entries beyond `limit`. */
class LruMap<V> extends Map<string, V> {
  private readonly limit: number;
  constructor(limit: number) {
    super();
    this.limit = limit;
  }
  override get(key: string): V | undefined {
    const value = super.get(key);
    if (value !== undefined) {
      super.delete(key);
      super.set(key, value);
    }
    return value;
  }
  override set(key: string, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.limit) super.delete(this.keys().next().value!);
    return this;
  }
}

const memos = new WeakMap<ChartRegistries, Map<string, LruMap<unknown>>>();
function memoFor(content: ChartRegistries, locale: Locale): Map<string, unknown> {
  const byLocale = kept(memos, content, () => new Map<string, LruMap<unknown>>());
  return kept(byLocale, locale.tag, () => new LruMap<unknown>(memoSize));
}

/** The registries chart maths look up, by id. */
export interface ChartRegistries {
  sources: Map<string, Source>;
  places: Map<string, Place>;
  figures: Map<string, Figure>;
  layers: Map<string, GeoLayer>;
}

/** What chart maths may look up, in the reader's language: sources with their chain, places, shared figures. */
export function chartContext(content: ChartRegistries, locale: Locale): ChartContext {
  return {
    locale,
    memo: memoFor(content, locale),
    measure: fontMeasure,
    source: (id) => sourceRef(id, content.sources, locale),
    place(id) {
      const place = content.places.get(id);
      if (!place) throw new Error(`Unknown place id "${id}": add content/places/${id}.yaml`);
      return localPlace(place, locale);
    },
    figure(id) {
      const figure = content.figures.get(id);
      if (!figure) throw new Error(`Unknown figure id "${id}": add content/figures/${id}.yaml`);
      return localFigure(figure, locale);
    },
    layer(id) {
      const layer = content.layers.get(id);
      if (!layer) throw new Error(`Unknown map layer "${id}": add content/geo/${id}.yaml`);
      const words = layer.meta.translations[locale.language];
      return words ? { ...layer, meta: { ...layer.meta, ...words } } : layer;
    },
  };
}

/**
 * A place under its name in the reader's language (the gazetteer's `names`), the romanised name
 * joining its other spellings, so search and "also spelt" still find it.
 */
export function localPlace(place: Place, locale: Locale): Place {
  const name = place.names[locale.language];
  if (!name || name === place.name) return place;
  return { ...place, name, alternateNames: [place.name, ...place.alternateNames.filter((other) => other !== name)] };
}

/** A shared figure with its label and unit in the reader's language; the numbers never change. */
export function localFigure(figure: Figure, locale: Locale): Figure {
  const words = figure.translations[locale.language];
  return words ? { ...figure, label: words.label ?? figure.label, unit: words.unit ?? figure.unit, baseUnit: figure.unit } : figure;
}
