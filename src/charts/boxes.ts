/** An axis-aligned rectangle in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** What reserved the space ("label", "mark"), where a check needs to tell them apart. */
  kind?: string;
}

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
