import { describe, expect, it } from 'vitest';
import { chartImageTree, chartSchema } from '../../../src/charts/registry';
import { chartImageSvg } from '../../../src/lib/chart-image';
import { barInput, context, mapInput } from '../../fixtures/charts';

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

  it("cuts a map to its own box: its outlines, shared by all its widths, reach past this width's frame", () => {
    const map = chartImageTree(chartSchema.parse(mapInput), context)!;
    const { width, height } = map.properties as { width: number; height: number };
    const file = chartImageSvg(map, frame, 'svg');
    expect(file).toMatch(new RegExp(`<clipPath id="drawing"><rect width="${width}" height="${height}"`));
    expect(file).toMatch(/<g transform="translate\(20 [\d.]+\)" clip-path="url\(#drawing\)">/);
  });
});
