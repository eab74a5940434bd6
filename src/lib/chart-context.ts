import type { ChartContext, GeoLayer } from '../charts/types';
import type { Locale } from '../i18n/locale';
import type { Figure } from '../schemas/figure';
import type { Place } from '../schemas/place';
import type { Source } from '../schemas/source';
import { sourceRef } from './sources';
import { fontMeasure } from './text-measure';

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
    measure: fontMeasure,
    source: (id) => sourceRef(id, content.sources, locale),
    place(id) {
      const place = content.places.get(id);
      if (!place) throw new Error(`Unknown place id "${id}": add content/places/${id}.yaml`);
      return place;
    },
    figure(id) {
      const figure = content.figures.get(id);
      if (!figure) throw new Error(`Unknown figure id "${id}": add content/figures/${id}.yaml`);
      return figure;
    },
    layer(id) {
      const layer = content.layers.get(id);
      if (!layer) throw new Error(`Unknown map layer "${id}": add content/geo/${id}.yaml`);
      return layer;
    },
  };
}
