import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplesIn, renderExamples } from '../../../src/lib/doc-charts';
import { chartKinds } from '../../../src/charts/registry';

const guide = readFileSync('docs/writing.md', 'utf8');

describe('the writers’ guide', () => {
  it('has a copy-pasteable example of every chart kind', () => {
    const kinds = examplesIn(guide).map((example) => /type: (\w+)/.exec(example.yaml)?.[1]);
    expect(new Set(kinds)).toEqual(new Set(Object.keys(chartKinds)));
  });

  it('shows each drawn example as the site draws it (run npm run docs:charts after changing one)', () => {
    const rendered = renderExamples(guide);
    expect(Object.keys(rendered).sort()).toEqual(['bar', 'change', 'line', 'map', 'shares', 'timeline']);
    for (const [name, svg] of Object.entries(rendered)) {
      expect(readFileSync(`docs/charts/${name}.svg`, 'utf8'), `docs/charts/${name}.svg`).toBe(`${svg}\n`);
      expect(guide).toContain(`](charts/${name}.svg)`);
    }
  });

  it('refuses an example that the schemas would refuse, naming the guide’s line', () => {
    const broken = guide.replace('status: disputed, claimedBy', 'status: contested, claimedBy');
    expect(() => renderExamples(broken)).toThrow(/^docs\/writing\.md:\d+: example "timeline" does not parse: .*status/);
  });
});
