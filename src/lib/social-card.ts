import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { locatorMap } from '../charts/kinds/map/locator';
import { kept } from '../charts/memo';
import { toMarkup } from '../charts/svg';
import type { Place } from '../charts/types';
import { palette } from './palette';
import { glyphPath, textGlyphs, textOutline, unitWidth, type Family, type PlacedGlyph, type Weight } from './font-faces';
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
  // Each word measured once; a line is its words plus the spaces between them.
  const space = unitWidth(' ', family, weight);
  const words = text
    .trim()
    .split(/\s+/)
    .map((word) => ({ word, width: unitWidth(word, family, weight) }));
  const lines: { words: string[]; width: number }[] = [];
  let i = 0;
  for (; i < words.length && lines.length <= maxLines; i++) {
    const { word, width: w } = words[i]!;
    const line = lines.at(-1);
    if (line && (line.width + space + w) * size <= width) {
      line.words.push(word);
      line.width += space + w;
    } else if (lines.length < maxLines) {
      lines.push({ words: [word], width: w });
    } else break;
  }
  const truncated = i < words.length;
  const out = lines.map((line) => line.words.join(' '));
  if (truncated) {
    let last = out[maxLines - 1]!;
    while (last.includes(' ') && unitWidth(`${last}…`, family, weight) * size > width) last = last.slice(0, last.lastIndexOf(' '));
    out[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/, '')}…`;
  }
  return { lines: out, truncated };
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

/**
 * The parts of a card many cards share, drawn once: the site's name and label above the headline,
 * and the locator map of each set of places (an archive's topics keep returning to the same towns),
 * as an inset and as the markup inside it.
 */
const shared = new Map<string, PlacedGlyph[]>();
const insets = new Map<string, { inset: Inset; markup: string }>();

/**
 * Each place object a card has shown, numbered: a set of places is known by its numbers, which is
 * cheaper than writing the places out for every card, and a place edited in the preview is a new
 * object with a new number.
 */
const placeNumbers = new WeakMap<Place, number>();
let placesNumbered = 0;
const placeNumber = (place: Place) => kept(placeNumbers, place, () => ++placesNumbered);

/**
 * A part of a card drawn once and copied into each card that shows it, at whole pixels `x`, `y`:
 * the locator map, which an archive's topics share (they keep returning to the same towns) and
 * which took a third of resvg's time per card.
 */
export interface Inset {
  svg: string;
  x: number;
  y: number;
}

/**
 * The card as SVG with every word drawn as an outline, so it needs no fonts to render, except for
 * its locator map, which comes as an inset of its own.
 */
export function socialCardDrawing(card: SocialCard): { svg: string; inset?: Inset } {
  const { background, glyphs, title, map } = cardParts(card);
  return { svg: whole(background, title, glyphs.map(glyphPath).join('')), inset: map?.inset };
}

/** The background with the card's title and `markup` drawn over it. */
const whole = (background: string, title: string, markup: string) =>
  background.replace(/^(<svg[^>]*>)/, `$1<title>${escapeAttr(title)}</title>`).replace(/<\/svg>$/, `${markup}</svg>`);

/**
 * The card in parts: its background (without a title: every card shares it), its words as placed
 * glyphs, and its map's inset with the markup inside it.
 */
function cardParts(card: SocialCard): { background: string; glyphs: PlacedGlyph[]; title: string; map?: { inset: Inset; markup: string } } {
  const { width, height } = cardSize;
  const margin = 64;
  const mapWidth = card.places?.length ? 360 : 0;
  const textWidth = width - 2 * margin - (mapWidth ? mapWidth + 48 : 0);
  const parts: string[] = [];
  const glyphs: PlacedGlyph[] = [];
  const text = (placed: PlacedGlyph[]) => glyphs.push(...placed);

  parts.push(`<rect width="${width}" height="${height}" fill="${colours.surface}"/>`);
  parts.push(`<rect width="${width}" height="14" fill="${colours.highlight}"/>`);
  let y = margin + 30;
  text(
    kept(shared, `kicker|${card.site}|${card.label}`, () => {
      const site = textGlyphs(card.site.toUpperCase(), 'sans', 700, 24, margin, y, colours.muted);
      return [...site, ...textGlyphs(card.label.toUpperCase(), 'sans', 700, 24, margin, y + 52, colours.highlight)];
    }),
  );
  y += 52;

  const headline = fitHeadline(card.title, textWidth);
  y += 20;
  for (const line of headline.lines) {
    y += headline.size * 1.12;
    text(textGlyphs(line, 'serif', 700, headline.size, margin, y, colours.text));
  }

  const captionLines = card.figure ? wrap(card.figure.caption, 'sans', 400, 24, textWidth, 2).lines : [];
  const figureHeight = card.figure ? 92 + 30 * captionLines.length : 0;
  const dekSize = 28;
  const room = Math.floor((height - margin - figureHeight - y - 16) / (dekSize * 1.3));
  if (room > 0) {
    y += 16;
    for (const line of wrap(card.dek, 'sans', 400, dekSize, textWidth, Math.min(room, 3)).lines) {
      y += dekSize * 1.3;
      text(textGlyphs(line, 'sans', 400, dekSize, margin, y, colours.muted));
    }
  }

  if (card.figure) {
    let base = height - margin + 8 - 30 * captionLines.length;
    text(textGlyphs(card.figure.value, 'serif', 700, 64, margin, base, colours.text));
    base += 6;
    for (const line of captionLines) text(textGlyphs(line, 'sans', 400, 24, margin, (base += 30), colours.muted));
  }

  const svg = (w: number, h: number, markup: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><style>${style}</style>${markup}</svg>`;
  const background = svg(width, height, parts.join(''));
  if (!card.places?.length) return { background, glyphs, title: card.title };
  // Drawn at the front page's size and scaled up, so its label reads at thumbnail size; framed by
  // a one-pixel border, on the card's own background, and placed at whole pixels so that copying
  // its pixels in gives what drawing it in place would.
  const zoom = 1.35;
  const places = card.places;
  const map = kept(insets, places.map(placeNumber).join(','), () => {
    const locator = locatorMap(places, mapWidth / zoom, fontMeasure, 'card-map', (label, size, x, y) => textOutline(label, 'sans', 700, size, x, y));
    const mapHeight = Number(locator.properties.height) * zoom;
    const [w, h] = [mapWidth + 2, Math.ceil(mapHeight + 2)];
    const markup = `<rect width="${w}" height="${h}" fill="${colours.surface}"/><rect width="${w}" height="${mapHeight + 2}" fill="${colours.border}"/><g transform="translate(1 1) scale(${zoom})">${toMarkup(locator)}</g>`;
    return { inset: { svg: svg(w, h, markup), x: width - margin - mapWidth - 1, y: Math.round((height - mapHeight) / 2) - 1 }, markup };
  });
  return { background, glyphs, title: card.title, map };
}

/** The whole card as one SVG, its locator map drawn in place (the preview's card, and tests). */
export function socialCardSvg(card: SocialCard): string {
  const { background, glyphs, title, map } = cardParts(card);
  const mapMarkup = map ? `<g transform="translate(${map.inset.x} ${map.inset.y})">${map.markup}</g>` : '';
  return whole(background, title, glyphs.map(glyphPath).join('') + mapMarkup);
}

const style = `.sea{fill:${colours.water}}.country{fill:${colours.land};stroke:${colours.border};stroke-width:0.6}.country--focus{fill:${colours.landFocus}}.locator__area{fill:none;stroke:${colours.highlight};stroke-width:2.5}.locator__place{fill:${colours.highlight};stroke:${colours.landFocus};stroke-width:1}.place-label{fill:${colours.text};paint-order:stroke;stroke:${colours.landFocus};stroke-width:3;stroke-linejoin:round}`;

const renderOptions = { fitTo: { mode: 'width' as const, value: cardSize.width }, font: { loadSystemFonts: false } };

/** The card as a PNG, rendered with resvg (no browser, no network, no system fonts). */
export function socialCardPng(card: SocialCard): Buffer {
  return new Resvg(socialCardSvg(card), renderOptions).render().asPng();
}

/**
 * Rasterising and PNG-encoding a card takes longer than drawing it: that half runs on a worker
 * thread, started as soon as a topic page is rendered, so the card is ready by the time its own
 * route is written. Finished cards are kept on disk under a hash of their drawing: memory stays
 * flat however many topics there are, and a rebuild redraws only the cards that changed. The
 * worker holds the process open only while it has cards to finish.
 */
const cardCache = join(process.cwd(), 'node_modules', '.cache', 'social-cards');
let worker: Worker | undefined;
/** Images sent to the worker and not finished: while there are any, it holds the process open. */
let pending = 0;
const inFlight = new Map<string, Promise<string>>();
const waiting = new Map<string, { resolve(file: string): void; reject(error: Error): void }>();

function cardWorker(): Worker {
  if (worker) return worker;
  // resvg draws; the PNG is written here at zlib level 1, which takes half as long as resvg's own
  // encoder.
  worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     const { writeFileSync, renameSync } = require('node:fs');
     const { deflateSync, crc32 } = require('node:zlib');
     const { Resvg } = require('@resvg/resvg-js');
     // The collector, which a worker cannot be started with (--expose-gc): enabled from inside.
     require('node:v8').setFlagsFromString('--expose-gc');
     const collect = require('node:vm').runInNewContext('gc');
     const chunk = (type, data) => {
       const out = Buffer.alloc(12 + data.length);
       out.writeUInt32BE(data.length, 0); out.write(type, 4); data.copy(out, 8);
       out.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])) >>> 0, 8 + data.length);
       return out;
     };
     const header = (width, height, colourType) => {
       const fields = Buffer.alloc(13);
       fields.writeUInt32BE(width, 0); fields.writeUInt32BE(height, 4); fields[8] = 8; fields[9] = colourType;
       return fields;
     };
     const png = (width, height, colourType, rows) =>
       Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header(width, height, colourType)), chunk('IDAT', deflateSync(rows, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
     // One scanline buffer per image size: cards are all the same size, and a fresh buffer per
     // card would pile up faster than the worker collects them. Each line is resvg's RGBA row
     // copied whole behind its filter byte (0): a copy per row, not per pixel, is what keeps the
     // encoding cheaper than the drawing.
     let raw;
     const rgbaPng = ({ pixels, width, height }) => {
       const stride = width * 4;
       if (!raw || raw.length !== (stride + 1) * height) raw = Buffer.alloc((stride + 1) * height);
       const source = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
       for (let y = 0; y < height; y++) source.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
       return png(width, height, 6, raw);
     };
     // An opaque drawing as PNG scanlines of RGB (a quarter less to compress than RGBA), each
     // behind its filter byte (0): a card's background and its map, drawn once each.
     const rgbRows = (svg) => {
       const { pixels, width, height } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
       const stride = width * 3 + 1;
       const rows = Buffer.alloc(stride * height);
       for (let y = 0; y < height; y++)
         for (let x = 0; x < width; x++) {
           const from = (y * width + x) * 4, to = y * stride + 1 + x * 3;
           rows[to] = pixels[from]; rows[to + 1] = pixels[from + 1]; rows[to + 2] = pixels[from + 2];
         }
       return { rows, width, height, stride };
     };
     // Drawings many images share (every card's background, the locator maps an archive's cards
     // keep returning to), drawn once each; a few are kept.
     const drawings = new Map();
     const drawnOnce = (svg) => {
       let found = drawings.get(svg);
       if (!found) {
         found = rgbRows(svg);
         if (drawings.size >= 16) drawings.delete(drawings.keys().next().value);
         drawings.set(svg, found);
       }
       return found;
     };
     // A card's words: each glyph rasterised by resvg once per size and quarter-pixel position
     // (resvg's own grid: it samples a pixel four by four) and stamped wherever it recurs. Filling
     // every letter's outline anew took most of a card's time. The stamp is resvg's blend: the
     // glyph's colour over the background by its coverage.
     // The outlines by digest, as the main thread sends them: each once (workerLayers).
     const outlines = new Map();
     const masks = new Map();
     const mask = (outlineKey, size, fx, fy) => {
       const key = size + '|' + fx + '|' + fy + '|' + outlineKey;
       let found = masks.get(key);
       if (!found) {
         const { d, box: [x0, y0, x1, y1] } = outlines.get(outlineKey);
         const left = Math.floor(x0 * size + fx) - 1, top = Math.floor(y0 * size + fy) - 1;
         const width = Math.ceil(x1 * size + fx) + 1 - left, height = Math.ceil(y1 * size + fy) + 1 - top;
         const { pixels } = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height + '"><path transform="translate(' + (fx - left) + ' ' + (fy - top) + ') scale(' + size + ')" d="' + d + '"/></svg>', { font: { loadSystemFonts: false } }).render();
         const coverage = new Uint8Array(width * height);
         for (let i = 0; i < coverage.length; i++) coverage[i] = pixels[i * 4 + 3];
         found = { left, top, width, height, coverage };
         if (masks.size >= 20000) masks.clear();
         masks.set(key, found);
       }
       return found;
     };
     const stamp = (image, [outlineKey, x, y, size, fill]) => {
       const ix = Math.floor(x), iy = Math.floor(y);
       const m = mask(outlineKey, size, Math.round((x - ix) * 4) / 4, Math.round((y - iy) * 4) / 4);
       const r = parseInt(fill.slice(1, 3), 16), g = parseInt(fill.slice(3, 5), 16), b = parseInt(fill.slice(5, 7), 16);
       const { rows, width, height, stride } = image;
       const x0 = Math.max(0, -(ix + m.left)), x1 = Math.min(m.width, width - ix - m.left);
       for (let row = Math.max(0, -(iy + m.top)); row < m.height && iy + m.top + row < height; row++) {
         const line = (iy + m.top + row) * stride + 1 + (ix + m.left) * 3, from = row * m.width;
         for (let col = x0; col < x1; col++) {
           const a = m.coverage[from + col];
           if (a === 0) continue;
           const o = line + col * 3, k = 255 - a;
           rows[o] = (r * a + rows[o] * k + 127) / 255;
           rows[o + 1] = (g * a + rows[o + 1] * k + 127) / 255;
           rows[o + 2] = (b * a + rows[o + 2] * k + 127) / 255;
         }
       }
     };
     // A card: its background's scanlines copied into a buffer kept for the next card, its glyphs
     // stamped on, its map's scanlines copied in, compressed as RGB.
     let card;
     const cardPng = (svg, { insets: placed, glyphs }) => {
       const back = drawnOnce(svg);
       if (!card || card.length !== back.rows.length) card = Buffer.alloc(back.rows.length);
       back.rows.copy(card);
       const image = { ...back, rows: card };
       for (const glyph of glyphs) stamp(image, glyph);
       for (const { svg: insetSvg, x, y } of placed) {
         const inset = drawnOnce(insetSvg);
         const rows = Math.min(inset.height, image.height - y), columns = Math.min(inset.width, image.width - x);
         for (let row = 0; row < rows; row++) inset.rows.copy(card, (y + row) * image.stride + 1 + x * 3, row * inset.stride + 1, row * inset.stride + 1 + columns * 3);
       }
       return png(image.width, image.height, 2, card);
     };
     // Any other drawing (a chart's image download), drawn whole by resvg.
     const drawingPng = ({ svg, options }) => rgbaPng(new Resvg(svg, options).render());
     const draw = (job) => {
       try {
         writeFileSync(job.file + '.tmp', job.card ? cardPng(job.svg, job.card) : drawingPng(job));
         renameSync(job.file + '.tmp', job.file);
         parentPort.postMessage({ key: job.key });
       } catch (error) { parentPort.postMessage({ key: job.key, error: String(error) }); }
     };
     // resvg's drawing lives outside the JavaScript heap, where the collector cannot see its size:
     // collect after every fourth image (after each, the collection took half of a small chart's
     // time; after four, at most four drawings wait, 100 MB). The collector only queues the
     // freeing, which runs when the event loop comes round; a worker that takes its next image
     // straight from the message queue never lets it, and kept every image it drew (15 MB each).
     // So each image waits for a turn of the loop.
     const jobs = [];
     let busy = false;
     let drawn = 0;
     const next = () => {
       const job = jobs.shift();
       if (!job) return void (busy = false);
       draw(job);
       // A card's one drawing by resvg is a few glyphs at most.
       if (!job.card && ++drawn % 4 === 0) collect();
       setImmediate(next);
     };
     parentPort.on('message', (job) => {
       for (const [key, outline] of Object.entries(job.card?.outlines ?? {})) outlines.set(key, outline);
       jobs.push(job);
       if (!busy) { busy = true; setImmediate(next); }
     });`,
    // A small heap for the worker's own JavaScript: its scanline buffer and the SVGs it is sent.
    { eval: true, resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 } },
  );
  const thread = worker;
  thread.on('message', ({ key, error }: { key: string; error?: string }) => {
    const job = waiting.get(key)!;
    waiting.delete(key);
    if (--pending === 0) thread.unref();
    if (error) job.reject(new Error(`could not render an image: ${error}`));
    else job.resolve(join(cardCache, `${key}.png`));
  });
  thread.unref();
  return thread;
}

/**
 * Image jobs waiting their turn, and how many may be under way at once: enough that the worker
 * always has the next image while this thread renders pages (with two, it sat idle and the build
 * waited 12 s for it after the last page), few enough that drawings do not pile up in memory.
 */
const queued: (() => void)[] = [];
let underWay = 0;
const imagesAtOnce = 8;

/**
 * Runs an image job (a social card, a chart's downloads) once fewer than `imagesAtOnce` are under
 * way: the drawing is made only when the worker has room for it, so memory stays flat however
 * many images a build has. Settles as the job does.
 */
export function whenWorkerFree<T>(job: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queued.push(() => {
      underWay++;
      const done = () => {
        underWay--;
        if (queued.length && underWay < imagesAtOnce) queued.shift()!();
      };
      Promise.resolve().then(job).then(resolve, reject).finally(done);
    });
    if (underWay < imagesAtOnce) queued.shift()!();
  });
}

/** What a card adds to its opaque background (see the worker): its map's inset copied in, its words stamped on. */
interface CardLayers {
  insets: Inset[];
  glyphs: PlacedGlyph[];
}

/** The outlines the worker has been sent, by digest: it keeps them, so each crosses once. */
const sentOutlines = new Set<string>();

/**
 * A card's layers as the worker takes them: each glyph as its outline's digest, place, size and
 * colour, and the outlines it has not been sent yet. Copying a few hundred glyph objects with
 * their outlines into the worker for every card took longer than drawing some of them.
 */
function workerLayers({ insets, glyphs }: CardLayers) {
  const outlines: Record<string, Pick<PlacedGlyph, 'd' | 'box'>> = {};
  for (const { key, d, box } of glyphs) {
    if (sentOutlines.has(key)) continue;
    sentOutlines.add(key);
    outlines[key] = { d, box };
  }
  return { insets, outlines, glyphs: glyphs.map(({ key, x, y, size, fill }) => [key, x, y, size, fill] as const) };
}

/**
 * An SVG drawn as a PNG file `width` pixels wide, or a card's background with its `card` layers
 * (at the drawing's own size): already on disk from an earlier build, or rendered on the worker
 * thread. Asking again for the same drawing returns the same promise.
 */
export function pngFile(svg: string, width: number, card?: CardLayers): Promise<string> {
  if (card && !svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" `))
    throw new Error(`a card's layers are placed at its drawing's own size: it must be drawn ${width} px wide, as its width says`);
  const options = { ...renderOptions, fitTo: { mode: 'width' as const, value: width } };
  const hash = createHash('sha256').update(`${width}|${svg}`);
  for (const inset of card?.insets ?? []) hash.update(`|${inset.x},${inset.y}|${inset.svg}`);
  // Each glyph by its outline's digest, not the outline: a card has a few hundred glyphs.
  if (card?.glyphs.length) hash.update(card.glyphs.map((glyph) => `|${glyph.x},${glyph.y},${glyph.size},${glyph.fill},${glyph.key}`).join(''));
  const key = hash.digest('hex').slice(0, 24);
  const file = join(cardCache, `${key}.png`);
  let job = inFlight.get(key);
  if (job) return job;
  if (existsSync(file)) return Promise.resolve(file);
  mkdirSync(cardCache, { recursive: true });
  const thread = cardWorker();
  if (pending++ === 0) thread.ref();
  job = new Promise<string>((resolve, reject) => waiting.set(key, { resolve, reject }));
  inFlight.set(key, job);
  job.then(
    () => inFlight.delete(key),
    () => inFlight.delete(key),
  );
  thread.postMessage({ key, svg, options, card: card && workerLayers(card), file });
  return job;
}

/** The card's PNG file (see pngFile): its locator map drawn once for every card that shows it. */
export function socialCardFile(card: SocialCard): Promise<string> {
  const { background, glyphs, map } = cardParts(card);
  return pngFile(background, cardSize.width, { insets: map ? [map.inset] : [], glyphs });
}
