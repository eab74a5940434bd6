import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { GeoLayer } from '../../types';

/** A layer's geometry at one map scale: its features, and for areas the borders between them. */
export interface LayerGeometry {
  features: GeoJSON.Feature[];
  /** Shared borders only (each drawn once), for area layers. */
  borders: GeoJSON.MultiLineString | null;
}

const presimplified = new Map<string, Topology<Objects<Record<string, unknown>>>>();
const atScale = new Map<string, LayerGeometry>();

/**
 * A layer simplified to what a map's scale can show: points that would move a line by less than
 * about half a pixel are dropped. Weighting runs once per layer, simplifying once per layer and
 * scale, however many pages and render widths draw it.
 */
export function layerGeometry(layer: GeoLayer, degreesPerPixel: number): LayerGeometry {
  // Scales are rounded to a tenth of their order of magnitude, so nearly equal maps share a result.
  const step = 10 ** Math.floor(Math.log10(degreesPerPixel));
  const scale = Math.round(degreesPerPixel / step) * step;
  const key = `${layer.id}|${scale}`;
  const cached = atScale.get(key);
  if (cached) return cached;
  let weighted = presimplified.get(layer.id);
  if (!weighted) {
    weighted = presimplify(layer.topology);
    presimplified.set(layer.id, weighted);
  }
  // Weights are triangle areas in square degrees: keep what spans more than a square pixel.
  const simplified = simplify(weighted, scale ** 2);
  const object = simplified.objects[layer.meta.object ?? Object.keys(simplified.objects)[0]!] as GeometryCollection;
  const collection = feature(simplified, object) as GeoJSON.FeatureCollection;
  const result: LayerGeometry = {
    features: collection.features,
    borders: layer.meta.kind === 'area' ? (mesh(simplified, object, (a, b) => a !== b) as GeoJSON.MultiLineString) : null,
  };
  atScale.set(key, result);
  return result;
}
