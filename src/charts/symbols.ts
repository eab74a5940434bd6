import { pathRound, symbol, symbolCircle, symbolDiamond2, symbolSquare, symbolTriangle, type SymbolType } from 'd3';

/** Mark shapes that carry meaning without colour: claim statuses and map groups use them. */
export type SymbolShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** Each shape as a d3 symbol and the area that makes it look as large as a circle of radius r. */
const shapes: Record<SymbolShape, { type: SymbolType; area: (r: number) => number }> = {
  circle: { type: symbolCircle, area: (r) => Math.PI * r * r },
  square: { type: symbolSquare, area: (r) => 4 * r * r },
  triangle: { type: symbolTriangle, area: (r) => 2 * r * r + 3 * r },
  // d3's diamond2 reaches 0.626 √area from its centre: this puts its points r + 1 out, like the others' corners.
  diamond: { type: symbolDiamond2, area: (r) => ((r + 1) / 0.62625) ** 2 },
};

/** An SVG path for a symbol of radius `r` centred on (x, y); the same shapes in charts and keys. */
export function symbolPath(shape: SymbolShape, x: number, y: number, r: number): string {
  const path = pathRound(1);
  // d3 draws symbols about the origin; this context moves them to (x, y) without a transform.
  const moved = {
    moveTo: (a: number, b: number) => path.moveTo(a + x, b + y),
    lineTo: (a: number, b: number) => path.lineTo(a + x, b + y),
    arc: (a: number, b: number, radius: number, start: number, end: number, ccw?: boolean) => path.arc(a + x, b + y, radius, start, end, ccw),
    rect: (a: number, b: number, w: number, h: number) => path.rect(a + x, b + y, w, h),
    closePath: () => path.closePath(),
  };
  // d3 only calls these path methods; its types ask for a whole canvas context.
  symbol(shapes[shape].type, shapes[shape].area(r)).context(moved as unknown as CanvasRenderingContext2D)();
  return path.toString();
}
