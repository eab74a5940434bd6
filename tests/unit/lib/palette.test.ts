import { describe, expect, it } from 'vitest';
import { palette, paletteCss, type PaletteColour } from '../../../src/lib/palette';

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [foreground, background, minimum ratio]: text needs 4.5:1, marks and focus rings 3:1. */
const pairs: [PaletteColour, PaletteColour, number][] = [
  ['text', 'background', 4.5],
  ['text', 'surface', 4.5],
  ['text', 'landFocus', 4.5],
  ['text', 'land', 4.5],
  ['text', 'water', 4.5],
  ['muted', 'background', 4.5],
  ['muted', 'surface', 4.5],
  ['muted', 'landFocus', 4.5],
  ['muted', 'land', 4.5],
  ['muted', 'water', 4.5],
  ['riverText', 'land', 4.5],
  ['riverText', 'landFocus', 4.5],
  ['riverText', 'water', 4.5],
  ['link', 'background', 4.5],
  ['link', 'surface', 4.5],
  ['accent', 'background', 3],
  ['accent', 'landFocus', 3],
  ['highlight', 'background', 3],
  ['highlight', 'landFocus', 3],
  ['secondary', 'background', 3],
  ['secondary', 'landFocus', 3],
  ['rule', 'background', 3],
  ['focus', 'background', 3],
  ['background', 'text', 4.5],
];

describe('palette', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [foreground, background, minimum] of pairs) {
      it(`${scheme}: ${foreground} on ${background} reaches ${minimum}:1`, () => {
        expect(contrast(palette[scheme][foreground], palette[scheme][background])).toBeGreaterThanOrEqual(minimum);
      });
    }
  }

  it('paletteCss() switches every colour with prefers-color-scheme', () => {
    const css = paletteCss();
    expect(css).toContain('--colour-land-focus:#fbfaf7;');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\{:root\{.*--colour-land-focus:#3a3a38;/);
  });
});
