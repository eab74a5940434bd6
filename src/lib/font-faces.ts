import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

/** The typefaces the site serves (src/lib/fonts.mjs), by role. */
const packages = { sans: 'source-sans-3', serif: 'source-serif-4' } as const;
export type Family = keyof typeof packages;
export type Weight = 400 | 700;

/** The subsets the site serves; a character is drawn from the first that has it. */
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];

interface GlyphPath {
  scale(x: number, y: number): GlyphPath;
  translate(x: number, y: number): GlyphPath;
  toSVG(): string;
}
interface FaceGlyph {
  id: number;
  path: GlyphPath;
  /** In font units, y pointing up. */
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
}
export interface Face {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(code: number): boolean;
  layout(text: string): {
    advanceWidth: number;
    glyphs: FaceGlyph[];
    positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  };
}

const opened = new Map<string, Face[]>();

/** The faces of one family and weight, one per subset, opened once per process. */
export function faces(family: Family, weight: Weight): Face[] {
  const key = `${family}-${weight}`;
  let list = opened.get(key);
  if (!list) {
    const name = packages[family];
    list = subsets.map((subset) => fontkit.openSync(require.resolve(`@fontsource/${name}/files/${name}-${subset}-${weight}-normal.woff2`)) as unknown as Face);
    opened.set(key, list);
  }
  return list;
}

/** `text` split into runs that one face draws, in order. */
export function runs(text: string, family: Family, weight: Weight): { face: Face; text: string }[] {
  const list = faces(family, weight);
  const out: { face: Face; text: string }[] = [];
  for (const char of text) {
    const face = list.find((f) => f.hasGlyphForCodePoint(char.codePointAt(0)!)) ?? list[0]!;
    const last = out.at(-1);
    if (last?.face === face) last.text += char;
    else out.push({ face, text: char });
  }
  return out;
}

const widths = new Map<string, number>();

/** Width of `text` at 1 px, with kerning; remembered, since labels and words recur. */
export function unitWidth(text: string, family: Family, weight: Weight): number {
  const key = `${family}|${weight}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    width = runs(text, family, weight).reduce((sum, run) => sum + run.face.layout(run.text).advanceWidth / run.face.unitsPerEm, 0);
    if (widths.size > 50_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

type Outline = Pick<PlacedGlyph, 'd' | 'box' | 'key'>;

/** Each glyph's outline and box at 1 px, y pointing down, made once per process: a card repeats the same few letters. */
const outlines = new WeakMap<Face, Map<number, Outline>>();

function outline(face: Face, glyph: FaceGlyph): Outline {
  let byId = outlines.get(face);
  if (!byId) outlines.set(face, (byId = new Map()));
  let found = byId.get(glyph.id);
  if (!found) {
    const unit = 1 / face.unitsPerEm;
    const { minX, minY, maxX, maxY } = glyph.bbox;
    const d = glyph.path.scale(unit, -unit).toSVG();
    found = { d, box: [minX * unit, -maxY * unit, maxX * unit, -minY * unit], key: createHash('sha256').update(d).digest('base64url').slice(0, 16) };
    byId.set(glyph.id, found);
  }
  return found;
}

/**
 * One glyph of a line of text, placed: its outline `d` at 1 px (y pointing down), its bounding box
 * in the same units, and where its origin sits at `size` px. A renderer can draw it as a path
 * (`glyphPath`) or stamp a rasterised copy of it (the social cards' worker, src/lib/social-card.ts).
 */
export interface PlacedGlyph {
  d: string;
  /** A short digest of `d`, the same in every process: what identifies the outline in a cache key or to the worker. */
  key: string;
  /** minX, minY, maxX, maxY at 1 px, y pointing down. */
  box: readonly [number, number, number, number];
  x: number;
  y: number;
  size: number;
  fill: string;
}

/** `text`'s glyphs, its baseline starting at (x, y), `size` px high (see PlacedGlyph). */
export function textGlyphs(text: string, family: Family, weight: Weight, size: number, x: number, y: number, fill: string): PlacedGlyph[] {
  let pen = x;
  const out: PlacedGlyph[] = [];
  // Shaped word by word (kerning across a space is nil): a word shaped once is reused everywhere.
  for (const [index, word] of text.split(' ').entries()) {
    if (index > 0) pen += unitWidth(' ', family, weight) * size;
    for (const run of runs(word, family, weight)) {
      const scale = size / run.face.unitsPerEm;
      for (const glyph of shaped(run.face, run.text)) {
        if (glyph.d) out.push({ d: glyph.d, key: glyph.key, box: glyph.box, x: round2(pen + glyph.dx * scale), y: round2(y - glyph.dy * scale), size, fill });
        pen += glyph.advance * scale;
      }
    }
  }
  return out;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** A placed glyph as an SVG path: its cached outline moved into place by a transform. */
export const glyphPath = (glyph: PlacedGlyph) =>
  `<path fill="${glyph.fill}" transform="translate(${glyph.x.toFixed(2)} ${glyph.y.toFixed(2)}) scale(${glyph.size})" d="${glyph.d}"/>`;

/**
 * `text` as SVG paths, its baseline starting at (x, y), `size` px high: glyph outlines rather than
 * a `<text>` element, so a renderer without the fonts (resvg for social cards) draws it exactly as
 * the page would. One `<path>` per glyph, each a cached outline moved into place by a transform.
 */
export function textPath(text: string, family: Family, weight: Weight, size: number, x: number, y: number, fill: string): string {
  return textGlyphs(text, family, weight, size, x, y, fill).map(glyphPath).join('');
}

/** A word's glyphs with their outlines, boxes and offsets, in font units, by face: shaping is the slow part. */
const shapedWords = new WeakMap<Face, Map<string, (Outline & { dx: number; dy: number; advance: number })[]>>();
function shaped(face: Face, word: string) {
  let byWord = shapedWords.get(face);
  if (!byWord) shapedWords.set(face, (byWord = new Map()));
  let glyphs = byWord.get(word);
  if (!glyphs) {
    const { glyphs: list, positions } = face.layout(word);
    glyphs = list.map((glyph, i) => ({ ...outline(face, glyph), dx: positions[i]!.xOffset, dy: positions[i]!.yOffset, advance: positions[i]!.xAdvance }));
    if (byWord.size > 20_000) byWord.clear();
    byWord.set(word, glyphs);
  }
  return glyphs;
}

/** `text` as one SVG path `d`, for a renderer that cannot style separate glyphs (the locator's label). */
export function textOutline(text: string, family: Family, weight: Weight, size: number, x: number, y: number): string {
  let pen = x;
  let d = '';
  for (const run of runs(text, family, weight)) {
    const scale = size / run.face.unitsPerEm;
    const { glyphs, positions } = run.face.layout(run.text);
    glyphs.forEach((glyph, i) => {
      const position = positions[i]!;
      d += glyph.path
        .scale(scale, -scale)
        .translate(pen + position.xOffset * scale, y - position.yOffset * scale)
        .toSVG();
      pen += position.xAdvance * scale;
    });
  }
  return d;
}
