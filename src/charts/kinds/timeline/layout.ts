import { fill, parseDay } from '../../../i18n/locale';
import { defaults, round, type Variant } from '../../defaults';
import { LabelPlacer } from '../../labels';
import { wrapText } from '../../text-width';
import type { ChartContext } from '../../types';
import type { MarkKind, TimelineEntry, TimelineModel } from './model';

const layout = {
  /** The axis sits this far from the left edge; status marks and text follow to its right. */
  axisX: 16,
  markOffset: 22,
  labelOffset: 36,
  markerRadius: 6,
  dotRadius: 4,
  /** Room between one day's entries and the next day's. */
  entryGap: 10,
  /** Vertical room per day between dates, up to `maxGap`: more than that is shortened and marked. */
  pixelsPerDay: 3,
  maxGap: 44,
  /** The break mark's half-width and the gap it leaves in the axis. */
  breakWidth: 7,
  breakGap: 6,
};

export interface TimelineMark {
  mark: MarkKind;
  /** The status symbol beside the entry's first line. */
  x: number;
  y: number;
  r: number;
  /** Text for the tooltip: date, label, status, note. */
  tip: string;
  label: { x: number; y: number; lines: { text: string; kind: 'date' | 'status' | 'label' | 'annotation' }[]; lineHeight: number };
}

export interface TimelineScene {
  width: number;
  height: number;
  /** The axis in pieces: it is broken where a long stretch without events is shortened. */
  axis: { x: number; y1: number; y2: number }[];
  /** One dot per day with events, where that day sits on the axis. */
  days: { x: number; y: number; r: number }[];
  /** Elbow connectors from a day's dot to each of its entries' marks: they share a stem, so they never cross. */
  connectors: string[];
  /** Where the axis is shortened: a break mark, and how much time it leaves out ("3 years later"). */
  breaks: { path: string; label: { x: number; y: number; text: string } }[];
  marks: TimelineMark[];
}

/** "3 years, 5 months" between two days, in the reader's language. */
function duration(from: string, to: string, tag: string): string {
  const [a, b] = [parseDay(from), parseDay(to)];
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  if (b.getUTCDate() < a.getUTCDate()) months -= 1;
  const [years, rest] = [Math.floor(months / 12), months % 12];
  const parts = years || rest ? { ...(years ? { years } : {}), ...(rest ? { months: rest } : {}) } : { days: Math.round((b.getTime() - a.getTime()) / 864e5) };
  return new Intl.DurationFormat(tag, { style: 'long' }).format(parts);
}

/**
 * Lays out a vertical timeline: entries of the same day share one dot, the time between days is
 * drawn to scale up to a limit, and a longer stretch is shortened with a break mark that says how
 * long it is. Each entry sits beside its own day, so no connector is longer than a short elbow.
 */
export function layoutTimeline(model: TimelineModel, variant: Variant, { locale, measure }: ChartContext): TimelineScene {
  const width = defaults.widths[variant];
  const { top, bottom, right } = defaults.margin;
  const labelX = layout.axisX + layout.labelOffset;
  const labelWidth = width - labelX - right;
  const placer = new LabelPlacer({ x: 0, y: 0, width, height: Infinity }, measure);
  const lineHeight = defaults.lineHeight;

  // Entries of the same day share a dot and are stacked under one date.
  const days: { date: string; entries: TimelineEntry[] }[] = [];
  for (const entry of model.events) {
    const day = days.at(-1);
    if (day && day.date === entry.date) day.entries.push(entry);
    else days.push({ date: entry.date, entries: [entry] });
  }

  const scene: TimelineScene = { width, height: 0, axis: [], days: [], connectors: [], breaks: [], marks: [] };
  let cursor = top;
  let axisStart = top + lineHeight / 2;
  for (const [index, day] of days.entries()) {
    if (index > 0) {
      const previous = days[index - 1]!;
      const elapsed = (parseDay(day.date).getTime() - parseDay(previous.date).getTime()) / 864e5;
      const gap = elapsed * layout.pixelsPerDay;
      if (gap > layout.maxGap) {
        // A long stretch without events: shortened, broken, and labelled with its length.
        const middle = cursor + layout.maxGap / 2;
        scene.axis.push({ x: layout.axisX, y1: round(axisStart), y2: round(middle - layout.breakGap) });
        axisStart = middle + layout.breakGap;
        const [x, w] = [layout.axisX, layout.breakWidth];
        scene.breaks.push({
          path: `M${x - w},${round(middle - layout.breakGap + 3)}L${x + w},${round(middle - layout.breakGap - 3)}M${x - w},${round(middle + layout.breakGap + 3)}L${x + w},${round(middle + layout.breakGap - 3)}`,
          label: {
            x: labelX,
            y: round(middle + defaults.smallFontSize * 0.33),
            text: fill(locale.t.chart.timeline.gap, { duration: duration(previous.date, day.date, locale.tag) }),
          },
        });
        placer.place({ lines: [scene.breaks.at(-1)!.label.text], size: defaults.smallFontSize }, [
          { x: labelX, y: scene.breaks.at(-1)!.label.y, anchor: 'start' },
        ]);
        cursor += layout.maxGap;
      } else cursor += Math.max(gap, 0);
    }
    const dotY = round(cursor + lineHeight / 2);
    scene.days.push({ x: layout.axisX, y: dotY, r: layout.dotRadius });
    for (const [position, entry] of day.entries.entries()) {
      const lines = [
        ...(position === 0 ? [{ text: entry.shortDate, kind: 'date' as const }] : []),
        ...(entry.showStatus ? wrapText(entry.statusText, defaults.smallFontSize, labelWidth, measure).map((text) => ({ text, kind: 'status' as const })) : []),
        ...wrapText(entry.label, defaults.fontSize, labelWidth, measure).map((text) => ({ text, kind: 'label' as const })),
        // The day's annotations, under its last entry: placed with it, so nothing below can meet them.
        ...(position === day.entries.length - 1
          ? model.spec.annotations
              .filter((note) => note.date === day.date)
              .flatMap((note) => wrapText(`› ${note.label}`, defaults.fontSize, labelWidth, measure).map((text) => ({ text, kind: 'annotation' as const })))
          : []),
      ];
      const firstBaseline = cursor + measure.ascent * defaults.fontSize;
      const placed = placer.place({ lines: lines.map((l) => l.text), size: defaults.fontSize, lineHeight }, [
        { x: labelX, y: firstBaseline, anchor: 'start' },
      ])!;
      const markY = round(cursor + lineHeight / 2);
      scene.marks.push({
        mark: entry.mark,
        x: layout.axisX + layout.markOffset,
        y: markY,
        r: layout.markerRadius,
        tip: [entry.shortDate, entry.label, entry.statusText, entry.note].filter(Boolean).join(locale.t.chart.tipSeparator),
        label: { x: labelX, y: placed.y, lines, lineHeight },
      });
      // An elbow from the day's dot: along a shared stem, then across to the entry's mark.
      const stemX = layout.axisX + layout.dotRadius + 5;
      const markLeft = layout.axisX + layout.markOffset - layout.markerRadius - 2;
      scene.connectors.push(position === 0 ? `M${layout.axisX + layout.dotRadius},${dotY}H${markLeft}` : `M${stemX},${dotY}V${markY}H${markLeft}`);
      cursor = placed.box.y + placed.box.height + layout.entryGap;
    }
  }
  const lastDot = scene.days.at(-1)!.y;
  scene.axis.push({ x: layout.axisX, y1: round(axisStart), y2: round(Math.max(lastDot, axisStart)) });
  scene.height = round(cursor - layout.entryGap + bottom / 2);
  return scene;
}
