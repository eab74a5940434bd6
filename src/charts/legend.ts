import { svg, toMarkup } from './svg';
import type { LegendItem } from './types';

/** A key entry's symbol as a small SVG, hidden from screen readers: the words beside it carry the meaning. */
export function legendSymbol(item: LegendItem): string {
  return toMarkup(
    svg(
      'svg',
      {
        class: item.width === 28 ? 'legend-symbol legend-symbol--wide' : 'legend-symbol',
        viewBox: `0 0 ${item.width} 16`,
        width: item.width,
        height: 16,
        ariaHidden: 'true',
      },
      item.symbol,
    ),
  );
}
