import { describe, expect, it } from 'vitest';
import { dodge } from '../../../src/charts/boxes';
import { estimateTextWidth, wrapText } from '../../../src/charts/text-width';

describe('text measurement', () => {
  it('estimateTextWidth() reserves more room for capitals and wide letters', () => {
    expect(estimateTextWidth('MMMM', 13)).toBeGreaterThan(estimateTextWidth('iiii', 13) * 2);
  });

  it('wrapText() breaks between words and keeps a long word whole', () => {
    expect(wrapText('Russia claims capture of Siversk', 13, 120)).toEqual(['Russia claims', 'capture of', 'Siversk']);
    expect(wrapText('Kostiantynivka', 13, 20)).toEqual(['Kostiantynivka']);
  });
});

describe('dodge', () => {
  it('pushes overlapping intervals down just enough, keeping their order', () => {
    expect(dodge([{ start: 0, size: 10 }, { start: 5, size: 10 }, { start: 40, size: 10 }], 2, 0)).toEqual([0, 12, 40]);
  });
});
