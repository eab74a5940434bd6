import { describe, expect, it } from 'vitest';
import { chartImageTree, chartSchema } from '../../../src/charts/registry';
import { chartImageSvg } from '../../../src/lib/chart-image';
import { barInput, context } from '../../fixtures/charts';

const frame = { title: 'A <chart> & more', takeaway: 'What to see.', source: 'Source: ISW', footer: 'Data as of 24 December 2025 · Newsroom' };

describe('chart downloads', () => {
  const tree = chartImageTree(chartSchema.parse(barInput), context)!;

  it('writes the page styles onto the elements, since a downloaded file has no stylesheet', () => {
    const file = chartImageSvg(tree, frame, 'svg');
    expect(file).not.toMatch(/class=|var\(--/);
    // The bars take the accent colour, as on the page.
    expect(file).toMatch(/<rect[^>]*fill="#0072b2"/);
    // Text stays text, escaped, for editing in a graphics program.
    expect(file).toContain('A &#x3C;chart> &#x26; more');
    expect(file).toContain('<text');
  });

  it('draws every word as outlines for the PNG, so the rasteriser needs no fonts', () => {
    const file = chartImageSvg(tree, frame, 'png');
    expect(file).not.toContain('<text');
    expect(file).toMatch(/<path fill="[^"]+" transform="translate\(/);
  });
});
