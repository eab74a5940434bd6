import type { ReportedValue } from '../schemas/common';
import type { ChartContext } from './types';

/** Two reports agree when they give the same number with the same qualifier. */
export const agree = (a: ReportedValue, b: ReportedValue) => a.value === b.value && a.qualifier === b.qualifier;

/**
 * The reports behind a reference to a shared figure: all of them, or the one `report` names.
 * A figure whose sources differ must say which report it shows, so a stat never silently picks.
 */
export function figureReports(context: ChartContext, id: string, report?: string): { reports: ReportedValue[]; unit: string; baseUnit: string } {
  const figure = context.figure(id);
  if (report) {
    const chosen = figure.reports.filter((r) => r.source === report);
    if (!chosen.length)
      throw new Error(`figure "${id}" has no report from source "${report}"; its sources are ${figure.reports.map((r) => r.source).join(', ')}`);
    return { reports: chosen, unit: figure.unit, baseUnit: figure.baseUnit ?? figure.unit };
  }
  return { reports: figure.reports, unit: figure.unit, baseUnit: figure.baseUnit ?? figure.unit };
}
