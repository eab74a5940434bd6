import { round } from './defaults';

/** Mark shapes that carry meaning without colour: claim statuses and map groups use them. */
export type SymbolShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** An SVG path for a symbol of radius `r` centred on (x, y); the same shapes in charts and keys. */
export function symbolPath(shape: SymbolShape, x: number, y: number, r: number): string {
  const [a, b, c, d] = [round(x - r - 1), round(x + r + 1), round(y - r - 1), round(y + r + 1)];
  switch (shape) {
    case 'circle':
      return `M${round(x - r)},${y}A${r},${r} 0 1 0 ${round(x + r)},${y}A${r},${r} 0 1 0 ${round(x - r)},${y}Z`;
    case 'square':
      return `M${round(x - r)},${round(y - r)}H${round(x + r)}V${round(y + r)}H${round(x - r)}Z`;
    case 'triangle':
      return `M${x},${c}L${b},${round(y + r)}L${a},${round(y + r)}Z`;
    case 'diamond':
      return `M${x},${c}L${b},${y}L${x},${d}L${a},${y}Z`;
  }
}
