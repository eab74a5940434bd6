import { contains, overlaps, type Box } from './boxes';
import { defaults, round } from './defaults';
import { estimateTextWidth } from './text-width';

export interface LabelCandidate {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Far positions get a thin leader line back to their mark, so they cannot be misread. */
  leader?: { x: number; y: number };
}

export interface PlacedLabel extends LabelCandidate {
  box: Box;
  /** False when every candidate collided and the least-bad one was used. */
  clear: boolean;
}

/** What each kind of problem costs a candidate: leaving the frame is worst, then misleading, then touching. */
const cost = { outOfBounds: 100, ambiguous: 20, overlap: 1 };

/** The box a single line of text occupies when its baseline starts at (x, y) with this anchor. */
export function textBox(text: string, x: number, y: number, anchor: PlacedLabel['anchor'], fontSize: number = defaults.fontSize): Box {
  const width = estimateTextWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // Glyph boxes run from about 0.95em above the baseline to 0.27em below it in common sans fonts.
  return { x: left, y: y - fontSize * 0.95, width, height: fontSize * 1.22 };
}

/**
 * Greedy label placement, as in cartographic point labelling: tries each candidate position in
 * order and takes the first that stays in bounds and clear of every obstacle placed so far.
 */
export function placeLabel(
  text: string,
  candidates: LabelCandidate[],
  obstacles: Box[],
  bounds: Box,
  fontSize: number = defaults.fontSize,
  /** Rejects positions a reader could misread, e.g. a name nearer another place's dot than its own. */
  ambiguous: (box: Box) => boolean = () => false,
): PlacedLabel {
  let best: PlacedLabel | null = null;
  let bestCollisions = Infinity;
  for (const raw of candidates) {
    const candidate = { ...raw, x: round(raw.x), y: round(raw.y) };
    const box = textBox(text, candidate.x, candidate.y, candidate.anchor, fontSize);
    const collisions =
      obstacles.filter((obstacle) => overlaps(box, obstacle, 2)).length * cost.overlap +
      (contains(bounds, box) ? 0 : cost.outOfBounds) +
      (!candidate.leader && ambiguous(box) ? cost.ambiguous : 0);
    if (collisions === 0) return { ...candidate, box, clear: true };
    if (collisions < bestCollisions) {
      bestCollisions = collisions;
      best = { ...candidate, box, clear: false };
    }
  }
  return best!;
}

/** Distance from a point to the nearest edge of a box (0 inside it). */
export function distanceToBox(x: number, y: number, box: Box): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** Candidate label positions around a point mark of radius r, nearest first; far ones carry a leader. */
export function pointCandidates(x: number, y: number, r: number): LabelCandidate[] {
  const candidates: LabelCandidate[] = [];
  const mid = y + defaults.fontSize * 0.35;
  const below = defaults.fontSize * 0.7;
  for (const d of [r + 4, r + 14, r + 28, r + 44]) {
    const leader = d > r + 14 ? { x, y } : undefined;
    candidates.push(
      { x: x + d, y: mid, anchor: 'start', leader },
      { x: x - d, y: mid, anchor: 'end', leader },
      { x, y: y - d, anchor: 'middle', leader },
      { x, y: y + d + below, anchor: 'middle', leader },
      { x: x + d * 0.7, y: y - d * 0.7, anchor: 'start', leader },
      { x: x + d * 0.7, y: y + d * 0.7 + below, anchor: 'start', leader },
      { x: x - d * 0.7, y: y - d * 0.7, anchor: 'end', leader },
      { x: x - d * 0.7, y: y + d * 0.7 + below, anchor: 'end', leader },
    );
  }
  return candidates;
}

/** The leader line from a mark to the nearest point of its label's box, or null for a close label. */
export function leaderLine(label: PlacedLabel): string | null {
  if (!label.leader) return null;
  const { x, y } = label.leader;
  const { box } = label;
  const tx = round(Math.min(Math.max(x, box.x), box.x + box.width));
  const ty = round(Math.min(Math.max(y, box.y), box.y + box.height));
  return `M${x},${y}L${tx},${ty}`;
}
