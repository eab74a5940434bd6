import { contains, overlaps, type Box } from './boxes';
import { round } from './defaults';
import type { TextMeasure } from './text-width';

/** A piece of text to place: one or more lines at one size. */
export interface TextBlock {
  lines: string[];
  size: number;
  bold?: boolean;
  /** Distance between baselines; defaults to 1.2 × size. */
  lineHeight?: number;
}

/** Where a label could go: the first line's baseline at (x, y), anchored as SVG anchors text. */
export interface LabelCandidate {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The point the label names, joined to it by a thin leader line when the label sits away from it. */
  leader?: { x: number; y: number };
}

export interface PlacedLabel extends LabelCandidate {
  lines: string[];
  lineHeight: number;
  box: Box;
  /** The leader line from the named point to the label's nearest edge, if any. */
  leaderPath: string | null;
  leaderSegment?: Segment;
  /** False when no candidate was clear and the least bad one was taken. */
  clear: boolean;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** What drew the line (a route's id), so that thing's own label may sit on it. */
  owner?: string;
}

/** True when a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox({ x1, y1, x2, y2 }: Segment, box: Box, inset = 0): boolean {
  const [left, right, top, bottom] = [box.x + inset, box.x + box.width - inset, box.y + inset, box.y + box.height - inset];
  const [dx, dy] = [x2 - x1, y2 - y1];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, x1 - left],
    [dx, right - x1],
    [-dy, y1 - top],
    [dy, bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** True when two segments cross. */
function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) => Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
}

/** Distance from a point to the nearest edge of a box (0 inside it). */
export function distanceToBox(x: number, y: number, box: Box): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** What each kind of problem costs a candidate: leaving the frame is worst, then misleading, then touching. */
const cost = { outOfFrame: 1000, overlap: 100, crossing: 100, misleading: 50 };

/**
 * The one label placer every chart kind uses. It keeps a set of reserved boxes (marks, labels,
 * the inset, the scale bar) and lines (routes, leader lines); `place` tries a label's candidate
 * positions in order and takes the first that stays in the frame, touches nothing reserved and
 * whose leader line crosses no label; the placed label and its leader are then reserved too.
 * As in cartographic point labelling, greedy in order of importance.
 */
export class LabelPlacer {
  readonly boxes: Box[] = [];
  readonly segments: Segment[] = [];

  private readonly frame: Box;
  private readonly measure: TextMeasure;
  /** Space kept clear around every label, so halos and focus rings never touch. */
  private readonly gap: number;

  // Fields assigned by hand, not as parameter properties: the content check loads this file with
  // Node's own TypeScript support, which only erases types.
  constructor(frame: Box, measure: TextMeasure, gap = 3) {
    this.frame = frame;
    this.measure = measure;
    this.gap = gap;
  }

  /** Releases a placed label's box and leader, so it can be placed again. */
  remove(label: PlacedLabel, extra: Segment[] = []): void {
    const box = this.boxes.findIndex((b) => b.kind === 'label' && b.x === label.box.x && b.y === label.box.y && b.width === label.box.width);
    if (box >= 0) this.boxes.splice(box, 1);
    for (const segment of [...(label.leaderSegment ? [label.leaderSegment] : []), ...extra]) {
      const index = this.segments.indexOf(segment);
      if (index >= 0) this.segments.splice(index, 1);
    }
  }

  /** One request: its wordings in turn, each at its candidates; the last wording takes the least bad position. */
  private request(request: LabelRequest): { label: PlacedLabel | null; extra: Segment[] } {
    let label: PlacedLabel | null = null;
    for (const [index, block] of request.blocks.entries()) {
      const last = index === request.blocks.length - 1;
      label = this.place(block, request.candidates(block), { ...request.options, optional: last ? request.options?.optional : true });
      if (label) break;
    }
    const extra = label && request.after ? request.after(label) : [];
    this.segments.push(...extra);
    return { label, extra };
  }

  /**
   * Places labels in order of importance, then repairs: a label that found no clear position is
   * tried again after lifting each label it collides with, which is placed again afterwards; the
   * swap is kept only if both end up clear.
   */
  placeAll(requests: LabelRequest[]): (PlacedLabel | null)[] {
    const placed = requests.map((request) => this.request(request));
    for (const [index, current] of placed.entries()) {
      if (!current.label || current.label.clear) continue;
      const neighbours = placed
        .map((other, j) => ({ other, j }))
        .filter(({ other, j }) => j !== index && other.label && overlaps(other.label.box, current.label!.box, this.gap));
      for (const { other, j } of neighbours) {
        const [before, beforeOther] = [placed[index]!, other];
        this.remove(before.label!, before.extra);
        this.remove(beforeOther.label!, beforeOther.extra);
        const retry = this.request(requests[index]!);
        const retryOther = this.request(requests[j]!);
        if (retry.label?.clear && retryOther.label?.clear) {
          placed[index] = retry;
          placed[j] = retryOther;
          break;
        }
        // No better: put both back as they were.
        for (const attempt of [retry, retryOther]) if (attempt.label) this.remove(attempt.label, attempt.extra);
        for (const original of [before, beforeOther]) {
          this.boxes.push({ ...original.label!.box, kind: 'label' });
          if (original.label!.leaderSegment) this.segments.push(original.label!.leaderSegment);
          this.segments.push(...original.extra);
        }
      }
    }
    return placed.map((p) => p.label);
  }

  /** Reserves a box: a mark, the inset, the scale bar, an axis. */
  avoid(box: Box): this {
    this.boxes.push(box);
    return this;
  }

  /** Reserves a line: a route or a leader; labels may not sit on it, except the label of its `owner`. */
  avoidLine(x1: number, y1: number, x2: number, y2: number, owner?: string): this {
    this.segments.push({ x1, y1, x2, y2, owner });
    return this;
  }

  /** The box a block of text occupies with its first baseline at the candidate, as browsers measure it. */
  boxOf(block: TextBlock, at: Pick<LabelCandidate, 'x' | 'y' | 'anchor'>): Box {
    const width = Math.max(...block.lines.map((line) => this.measure.width(line, block.size, block.bold)));
    const lineHeight = block.lineHeight ?? block.size * 1.2;
    const left = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - width : at.x - width / 2;
    const top = at.y - this.measure.ascent * block.size;
    return { x: left, y: top, width, height: (block.lines.length - 1) * lineHeight + (this.measure.ascent + this.measure.descent) * block.size };
  }

  /** The leader from a named point to the nearest point of its label's box. */
  private leaderOf(box: Box, from: { x: number; y: number }): Segment {
    return {
      x1: from.x,
      y1: from.y,
      x2: Math.min(Math.max(from.x, box.x), box.x + box.width),
      y2: Math.min(Math.max(from.y, box.y), box.y + box.height),
    };
  }

  private costOf(box: Box, leader: Segment | null, misleading?: (box: Box) => boolean, owner?: string): number {
    let total = contains(this.frame, box) ? 0 : cost.outOfFrame;
    total += this.boxes.filter((other) => overlaps(box, other, this.gap)).length * cost.overlap;
    total += this.segments.filter((segment) => (!owner || segment.owner !== owner) && segmentHitsBox(segment, box, -this.gap)).length * cost.overlap;
    if (leader) {
      // A leader may start inside its own mark's box, so it is tested against labels and lines only.
      total += this.boxes.filter((other) => other.kind === 'label' && segmentHitsBox(leader, other, 0.5)).length * cost.crossing;
      total += this.segments.filter((segment) => segmentsCross(segment, leader)).length * cost.crossing;
    }
    if (misleading?.(box)) total += cost.misleading;
    return total;
  }

  /**
   * Places a label at its first clear candidate and reserves it. Optional labels (context names,
   * tick labels) are left out when no candidate is clear; others take the least bad position.
   */
  place(
    block: TextBlock,
    candidates: LabelCandidate[],
    options: {
      optional?: boolean;
      misleading?: (box: Box) => boolean;
      /** The owner whose own lines this label may sit on: a route's distance written on the route itself. */
      on?: string;
    } = {},
  ): PlacedLabel | null {
    let best: { candidate: LabelCandidate; box: Box; leader: Segment | null; cost: number } | null = null;
    for (const raw of candidates) {
      const candidate = { ...raw, x: round(raw.x), y: round(raw.y) };
      const box = this.boxOf(block, candidate);
      const leader = candidate.leader ? this.leaderOf(box, candidate.leader) : null;
      const total = this.costOf(box, leader, candidate.leader ? undefined : options.misleading, options.on);
      if (!best || total < best.cost) best = { candidate, box, leader, cost: total };
      if (total === 0) break;
    }
    if (!best || (options.optional && best.cost > 0)) return null;
    const { candidate, box, leader } = best;
    this.boxes.push({ ...box, kind: 'label' });
    if (leader) this.segments.push(leader);
    return {
      ...candidate,
      lines: block.lines,
      lineHeight: block.lineHeight ?? block.size * 1.2,
      box,
      leaderPath: leader ? `M${round(leader.x1)},${round(leader.y1)}L${round(leader.x2)},${round(leader.y2)}` : null,
      ...(leader ? { leaderSegment: leader } : {}),
      clear: best.cost === 0,
    };
  }
}

/** One label to place: alternative wordings in order of preference, and where each may go. */
export interface LabelRequest {
  blocks: TextBlock[];
  candidates: (block: TextBlock) => LabelCandidate[];
  options?: { optional?: boolean; misleading?: (box: Box) => boolean; on?: string };
  /** Reserved once placed, besides the label itself: the gap between a mark and its name. */
  after?: (label: PlacedLabel) => Segment[];
}

/** Candidate positions around a point mark of radius r, nearest first; the outer rings carry a leader. */
export function pointCandidates(x: number, y: number, r: number, size: number, ascent: number): LabelCandidate[] {
  const candidates: LabelCandidate[] = [];
  // A baseline that centres lower-case letters on y; above and below keep the text clear of the mark.
  const middle = y + size * 0.33;
  for (const [ring, d] of [r + 3, r + 10, r + 22, r + 36, r + 52, r + 70].entries()) {
    const leader = ring >= 2 ? { x, y } : undefined;
    const above = y - d - size * 0.4;
    const below = y + d + size * ascent;
    candidates.push(
      { x: x + d, y: middle, anchor: 'start', leader },
      { x: x - d, y: middle, anchor: 'end', leader },
      // Beside the mark but slid up or down a little: still plainly its name.
      ...(ring < 2
        ? [-0.45, 0.45].flatMap((slide): LabelCandidate[] => [
            { x: x + d, y: middle + slide * size, anchor: 'start' },
            { x: x - d, y: middle + slide * size, anchor: 'end' },
          ])
        : []),
      { x, y: above, anchor: 'middle', leader },
      { x, y: below, anchor: 'middle', leader },
      { x: x + d * 0.7, y: above + d * 0.3, anchor: 'start', leader },
      { x: x + d * 0.7, y: below - d * 0.3, anchor: 'start', leader },
      { x: x - d * 0.7, y: above + d * 0.3, anchor: 'end', leader },
      { x: x - d * 0.7, y: below - d * 0.3, anchor: 'end', leader },
    );
  }
  return candidates;
}
