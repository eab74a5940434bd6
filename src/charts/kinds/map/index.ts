import type { DrawnKind } from '../../types';
import { layoutMap, type MapScene } from './layout';
import { prepareMap, type MapModel } from './model';
import { renderMap } from './render';
import { mapChart, type MapChart } from './schema';
import { describeMap, mapCredits, mapLegend, mapTable } from './text';

/** A locator map with labelled places, highlighted groups and measured routes. */
export const map: DrawnKind<MapChart, MapModel, MapScene> = {
  drawn: true,
  schema: mapChart,
  prepare: prepareMap,
  layout: layoutMap,
  render: renderMap,
  table: mapTable,
  describe: describeMap,
  legend: mapLegend,
  credits: mapCredits,
  annotate: ['place'],
  anchorProblem: (spec, note) => (note.place && !spec.places.includes(note.place) ? `${note.place} is not among the map's places: add it to places` : null),
};
