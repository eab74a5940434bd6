import { kept } from './memo';
import { svg, toMarkup } from './svg';
import type { LegendItem } from './types';

/** Each key entry's symbol, by the entry: a chart's legend is worked out once and shown on many pages. */
const symbols = new WeakMap<LegendItem, string>();

/** A key entry's symbol as a small SVG, hidden from screen readers: the words beside it carry the meaning. */
export function legendSymbol(item: LegendItem): string {
  return kept(symbols, item, () => drawSymbol(item));
}

function drawSymbol(item: LegendItem): string {
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
