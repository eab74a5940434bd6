import { Resvg } from '@resvg/resvg-js';
import { locatorMap } from '../charts/kinds/map/locator';
import { toMarkup } from '../charts/svg';
import type { Place } from '../charts/types';
import { palette } from './palette';
import { textPath, unitWidth, type Family, type Weight } from './font-faces';
import { fontMeasure } from './text-measure';

/** The size social networks show a large card at. */
export const cardSize = { width: 1200, height: 630 } as const;

export interface SocialCard {
  site: string;
  /** "Developing story", shown above the headline. */
  label: string;
  title: string;
  dek: string;
  /** The topic's key number, e.g. { value: '12 km', caption: 'Russian advance, Lysychansk to Siversk' }. */
  figure?: { value: string; caption: string };
  /** The places the story covers: with any, a locator map sits beside the text. */
  places?: Place[];
}

const colours = palette.light;
const escapeAttr = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Greedy line breaking at spaces to `width` px, at most `maxLines`; the last line ends in an
 * ellipsis when the text does not fit. Words longer than a line are kept whole.
 */
export function wrap(text: string, family: Family, weight: Weight, size: number, width: number, maxLines: number): { lines: string[]; truncated: boolean } {
  const fits = (line: string) => unitWidth(line, family, weight) * size <= width;
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (!line || fits(next)) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    i = words.length;
  }
  const truncated = i < words.length;
  if (truncated) {
    let last = lines[maxLines - 1]!;
    while (last.includes(' ') && !fits(`${last}…`)) last = last.slice(0, last.lastIndexOf(' '));
    lines[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/, '')}…`;
  }
  return { lines, truncated };
}

/** The headline at the largest size from `sizes` that fits in `maxLines`. */
function fitHeadline(title: string, width: number): { size: number; lines: string[] } {
  for (const [size, maxLines] of [
    [64, 3],
    [56, 3],
    [50, 3],
    [46, 4],
  ] as const) {
    const { lines, truncated } = wrap(title, 'serif', 700, size, width, maxLines);
    if (!truncated) return { size, lines };
  }
  return { size: 42, lines: wrap(title, 'serif', 700, 42, width, 4).lines };
}

/** The card as SVG with every word drawn as an outline, so it needs no fonts to render. */
export function socialCardSvg(card: SocialCard): string {
  const { width, height } = cardSize;
  const margin = 64;
  const mapWidth = card.places?.length ? 360 : 0;
  const textWidth = width - 2 * margin - (mapWidth ? mapWidth + 48 : 0);
  const parts: string[] = [];
  const path = (d: string, fill: string) => parts.push(`<path d="${d}" fill="${fill}"/>`);

  parts.push(`<rect width="${width}" height="${height}" fill="${colours.surface}"/>`);
  parts.push(`<rect width="${width}" height="14" fill="${colours.highlight}"/>`);
  let y = margin + 30;
  path(textPath(card.site.toUpperCase(), 'sans', 700, 24, margin, y), colours.muted);
  y += 52;
  path(textPath(card.label.toUpperCase(), 'sans', 700, 24, margin, y), colours.highlight);

  const headline = fitHeadline(card.title, textWidth);
  y += 20;
  for (const line of headline.lines) {
    y += headline.size * 1.12;
    path(textPath(line, 'serif', 700, headline.size, margin, y), colours.text);
  }

  const captionLines = card.figure ? wrap(card.figure.caption, 'sans', 400, 24, textWidth, 2).lines : [];
  const figureHeight = card.figure ? 92 + 30 * captionLines.length : 0;
  const dekSize = 28;
  const room = Math.floor((height - margin - figureHeight - y - 16) / (dekSize * 1.3));
  if (room > 0) {
    y += 16;
    for (const line of wrap(card.dek, 'sans', 400, dekSize, textWidth, Math.min(room, 3)).lines) {
      y += dekSize * 1.3;
      path(textPath(line, 'sans', 400, dekSize, margin, y), colours.muted);
    }
  }

  if (card.figure) {
    let base = height - margin + 8 - 30 * captionLines.length;
    path(textPath(card.figure.value, 'serif', 700, 64, margin, base), colours.text);
    base += 6;
    for (const line of captionLines) path(textPath(line, 'sans', 400, 24, margin, (base += 30)), colours.muted);
  }

  if (card.places?.length) {
    // Drawn at the front page's size and scaled up, so its label reads at thumbnail size.
    const zoom = 1.35;
    const map = locatorMap(card.places, mapWidth / zoom, fontMeasure, 'card-map', (text, size, x, y) => textPath(text, 'sans', 700, size, x, y));
    const mapHeight = Number(map.properties.height) * zoom;
    const x = width - margin - mapWidth;
    const top = (height - mapHeight) / 2;
    parts.push(
      `<rect x="${x - 1}" y="${top - 1}" width="${mapWidth + 2}" height="${mapHeight + 2}" fill="${colours.border}"/><g transform="translate(${x} ${top}) scale(${zoom})">${toMarkup(map)}</g>`,
    );
  }

  const style = `.sea{fill:${colours.water}}.country{fill:${colours.land};stroke:${colours.border};stroke-width:0.6}.country--focus{fill:${colours.landFocus}}.locator__area{fill:none;stroke:${colours.highlight};stroke-width:2.5}.locator__place{fill:${colours.highlight};stroke:${colours.landFocus};stroke-width:1}.place-label{fill:${colours.text};paint-order:stroke;stroke:${colours.landFocus};stroke-width:3;stroke-linejoin:round}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeAttr(card.title)}</title><style>${style}</style>${parts.join('')}</svg>`;
}

/** The card as a PNG, rendered with resvg (no browser, no network, no system fonts). */
export function socialCardPng(card: SocialCard): Buffer {
  const svg = socialCardSvg(card);
  return new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width }, font: { loadSystemFonts: false } }).render().asPng();
}
