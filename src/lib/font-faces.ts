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
export interface Face {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(code: number): boolean;
  layout(text: string): {
    advanceWidth: number;
    glyphs: { path: GlyphPath }[];
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

/** Width of `text` at 1 px, with kerning. */
export function unitWidth(text: string, family: Family, weight: Weight): number {
  return runs(text, family, weight).reduce((sum, run) => sum + run.face.layout(run.text).advanceWidth / run.face.unitsPerEm, 0);
}

/**
 * `text` as an SVG path, its baseline starting at (x, y), `size` px high: glyph outlines rather
 * than a `<text>` element, so a renderer without the fonts (resvg for social cards) draws it
 * exactly as the page would.
 */
export function textPath(text: string, family: Family, weight: Weight, size: number, x: number, y: number): string {
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
