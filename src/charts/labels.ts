import { contains, overlaps, type Box } from './boxes';
import { defaults, round } from './defaults';
import { estimateTextWidth } from './text-width';

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** False when every candidate collided and the least-bad one was used. */
  clear: boolean;
}

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
  candidates: { x: number; y: number; anchor: PlacedLabel['anchor'] }[],
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
      obstacles.filter((obstacle) => overlaps(box, obstacle, 2)).length + (contains(bounds, box) ? 0 : 100) + (ambiguous(box) ? 1 : 0);
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

/** Candidate label positions around a point mark of radius r, nearest first. */
export function pointCandidates(x: number, y: number, r: number) {
  const candidates: { x: number; y: number; anchor: PlacedLabel['anchor'] }[] = [];
  for (const d of [r + 4, r + 14, r + 26]) {
    const mid = y + defaults.fontSize * 0.35;
    candidates.push(
      { x: x + d, y: mid, anchor: 'start' },
      { x: x - d, y: mid, anchor: 'end' },
      { x, y: y - d, anchor: 'middle' },
      { x, y: y + d + defaults.fontSize * 0.7, anchor: 'middle' },
      { x: x + d * 0.7, y: y - d * 0.7, anchor: 'start' },
      { x: x + d * 0.7, y: y + d * 0.7 + defaults.fontSize * 0.7, anchor: 'start' },
      { x: x - d * 0.7, y: y - d * 0.7, anchor: 'end' },
      { x: x - d * 0.7, y: y + d * 0.7 + defaults.fontSize * 0.7, anchor: 'end' },
    );
  }
  return candidates;
}
