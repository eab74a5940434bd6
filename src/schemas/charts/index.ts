import { z } from 'astro/zod';
import { barChart } from './bar';
import { lineChart } from './line';
import { mapChart } from './map';
import { statsChart } from './stats';
import { timelineChart } from './timeline';

export const chartTypes = ['timeline', 'bar', 'stats', 'map', 'line'] as const;

/** Any chart, told apart by its `type`. */
export const chartSchema = z.discriminatedUnion('type', [timelineChart, barChart, statsChart, mapChart, lineChart], {
  error: (issue) =>
    issue.code === 'invalid_union' ? `expected one of: ${chartTypes.join(', ')}` : undefined,
});

export type Chart = z.output<typeof chartSchema>;
export type { TimelineChart } from './timeline';
export type { BarChart } from './bar';
export type { StatsChart } from './stats';
export type { MapChart } from './map';
export type { LineChart } from './line';
