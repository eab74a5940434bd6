import type { Chart } from '../schemas/charts';
import { claimStatuses, type ClaimStatus } from '../schemas/charts/timeline';
import { hasRange } from './bar';
import { groupShape } from './map';
import type { SymbolShape } from './symbols';

/** One entry of a chart's key, in the order it is shown. */
export type LegendItem =
  | { kind: 'status'; status: ClaimStatus }
  | { kind: 'range' }
  | { kind: 'open' }
  | { kind: 'group'; group: number; shape: SymbolShape; label: string }
  | { kind: 'route' }
  | { kind: 'interpolated' };

/** The key a chart needs: only marks it actually draws, so the key never explains something absent. */
export function legendItems(chart: Chart): LegendItem[] {
  switch (chart.type) {
    case 'timeline':
      return claimStatuses.filter((status) => chart.events.some((e) => e.status === status)).map((status) => ({ kind: 'status', status }));
    case 'bar': {
      const bounds = chart.bars.some((bar) => bar.reports.length > 1 && bar.reports.some((r) => r.qualifier !== 'exact' && r.qualifier !== 'about'));
      return [...(hasRange(chart) ? [{ kind: 'range' } as const] : []), ...(bounds ? [{ kind: 'open' } as const] : [])];
    }
    case 'map': {
      const grouped = new Set(chart.groups.flatMap((g) => g.places));
      const ungrouped = chart.places.some((id) => !grouped.has(id));
      return [
        ...chart.groups.map((g, index) => ({ kind: 'group' as const, group: index + 1, shape: groupShape(index + 1), label: g.label })),
        ...(ungrouped ? [{ kind: 'group' as const, group: 0, shape: groupShape(0), label: '' }] : []),
        ...(chart.lines.length ? [{ kind: 'route' as const }] : []),
      ];
    }
    case 'line':
      return chart.series.some((s) => s.interpolated) ? [{ kind: 'interpolated' }] : [];
    case 'stats':
      return [];
  }
}
