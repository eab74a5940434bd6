/** An axis-aligned rectangle in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * Moves 1-D intervals (label blocks) apart so none overlap, each as close to where it wants to be
 * as the others allow, without going above `min`. Input order is kept; returns the new starts.
 */
export function dodge(wanted: { start: number; size: number }[], gap: number, min: number): number[] {
  const starts: number[] = [];
  for (const [index, item] of wanted.entries()) {
    const previous = index > 0 ? starts[index - 1]! + wanted[index - 1]!.size + gap : min;
    starts.push(Math.max(item.start, previous));
  }
  return starts;
}
