import type { DrawnKind } from '../../types';
import { layoutTimeline, type TimelineScene } from './layout';
import { prepareTimeline, type TimelineModel } from './model';
import { renderTimeline } from './render';
import { timelineChart, type TimelineChart } from './schema';
import { describeTimeline, timelineLegend, timelineTable } from './text';

/** Dated events on a vertical time axis, each marked by how well it is established. */
export const timeline: DrawnKind<TimelineChart, TimelineModel, TimelineScene> = {
  drawn: true,
  schema: timelineChart,
  prepare: prepareTimeline,
  layout: layoutTimeline,
  render: renderTimeline,
  table: timelineTable,
  describe: describeTimeline,
  legend: timelineLegend,
  annotate: ['date'],
  anchorProblem: (spec, note) =>
    note.date && !spec.events.some((event) => event.date === note.date)
      ? `no event on the timeline is dated ${note.date}: tie the note to an event's date`
      : null,
};
