import type { TextMeasure } from '../charts/text-width';
import { faces, unitWidth } from './font-faces';

const widths = new Map<string, number>();

/**
 * Text measured as browsers draw it: with the site's own font (Source Sans 3, self-hosted), its
 * glyph advances and kerning. Charts lay out labels with these widths, so what is measured at
 * build time is what readers see.
 */
export const fontMeasure: TextMeasure = {
  width(text, size, bold = false) {
    const key = `${bold ? 700 : 400}|${text}`;
    let width = widths.get(key);
    if (width === undefined) widths.set(key, (width = unitWidth(text, 'sans', bold ? 700 : 400)));
    return width * size;
  },
  // The font's line box (hhea metrics), which is what browsers report as a text element's box.
  get ascent() {
    const face = faces('sans', 400)[0]!;
    return face.ascent / face.unitsPerEm;
  },
  get descent() {
    const face = faces('sans', 400)[0]!;
    return -face.descent / face.unitsPerEm;
  },
};
