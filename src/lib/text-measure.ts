import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { TextMeasure } from '../charts/text-width';

const require = createRequire(import.meta.url);

/** The subsets of Source Sans 3 the site serves; a character is measured in the first that has it. */
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];
const file = (subset: string, weight: 400 | 700) => require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff2`);

type Face = { unitsPerEm: number; ascent: number; descent: number; hasGlyphForCodePoint(code: number): boolean; layout(text: string): { advanceWidth: number } };

let faces: Record<400 | 700, Face[]> | undefined;
const widths = new Map<string, number>();

function open(): Record<400 | 700, Face[]> {
  faces ??= {
    400: subsets.map((subset) => fontkit.openSync(file(subset, 400)) as unknown as Face),
    700: subsets.map((subset) => fontkit.openSync(file(subset, 700)) as unknown as Face),
  };
  return faces;
}

/** Width of `text` at 1px in the given weight, with kerning, splitting it into runs by the subset that draws each character. */
function unitWidth(text: string, weight: 400 | 700): number {
  const key = `${weight}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const list = open()[weight];
  let total = 0;
  let run = '';
  let runFace: Face | undefined;
  const flush = () => {
    if (run && runFace) total += runFace.layout(run).advanceWidth / runFace.unitsPerEm;
    run = '';
  };
  for (const char of text) {
    const face = list.find((f) => f.hasGlyphForCodePoint(char.codePointAt(0)!)) ?? list[0]!;
    if (face !== runFace) {
      flush();
      runFace = face;
    }
    run += char;
  }
  flush();
  widths.set(key, total);
  return total;
}

/**
 * Text measured as browsers draw it: with the site's own font (Source Sans 3, self-hosted), its
 * glyph advances and kerning. Charts lay out labels with these widths, so what is measured at
 * build time is what readers see.
 */
export const fontMeasure: TextMeasure = {
  width: (text, size, bold = false) => unitWidth(text, bold ? 700 : 400) * size,
  // The font's line box (hhea metrics), which is what browsers report as a text element's box.
  get ascent() {
    const face = open()[400][0]!;
    return face.ascent / face.unitsPerEm;
  },
  get descent() {
    const face = open()[400][0]!;
    return -face.descent / face.unitsPerEm;
  },
};
