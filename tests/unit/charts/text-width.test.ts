import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/charts/text-width';
import { fontMeasure } from '../../../src/lib/text-measure';

describe('fontMeasure', () => {
  it('measures text with the site font’s own advance widths, wider for capitals, wider still in bold', () => {
    expect(fontMeasure.width('MMMM', 14)).toBeGreaterThan(fontMeasure.width('iiii', 14) * 2);
    expect(fontMeasure.width('Siversk', 14, true)).toBeGreaterThan(fontMeasure.width('Siversk', 14));
    expect(fontMeasure.width('Siversk', 28)).toBeCloseTo(2 * fontMeasure.width('Siversk', 14), 5);
  });

  it('measures Cyrillic in the Cyrillic subset, as the browser picks it by unicode-range', () => {
    expect(fontMeasure.width('Сіверськ', 14)).toBeGreaterThan(40);
    expect(fontMeasure.width('Сіверськ', 14)).toBeLessThan(80);
  });
});

describe('wrapText', () => {
  it('breaks at spaces so no line is wider than asked', () => {
    const lines = wrapText('Russia claims capture of Siversk', 13, 100, fontMeasure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Russia claims capture of Siversk');
    for (const line of lines) expect(fontMeasure.width(line, 13)).toBeLessThanOrEqual(100);
  });

  it('keeps a word longer than the width whole rather than splitting it', () => {
    expect(wrapText('Kostiantynivka', 13, 20, fontMeasure)).toEqual(['Kostiantynivka']);
  });
});
