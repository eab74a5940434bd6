import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { placedChartIds } from '../../../src/lib/chart-data';
import { topicSchema } from '../../../src/schemas/topic';

const script = new URL('../../../scripts/new-topic.mjs', import.meta.url).pathname;

function scaffold(...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'new-topic-'));
  mkdirSync(join(dir, 'content/topics'), { recursive: true });
  const run = () => execFileSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  return { dir, run };
}

describe('npm run new-topic', () => {
  it('writes a topic that passes the schema and places the chart it declares', () => {
    const { dir, run } = scaffold('kramatorsk-front', 'What', 'next', 'for', 'Kramatorsk');
    expect(run()).toContain('Created content/topics/kramatorsk-front.mdx');
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, 'content/topics/kramatorsk-front.mdx'), 'utf8'));
    const topic = topicSchema.parse(frontmatter);
    expect(topic.title).toBe('What next for Kramatorsk');
    expect(placedChartIds(content)).toEqual(Object.keys(topic.charts));
  });

  it('points its example source at a source the site has', () => {
    const { dir, run } = scaffold('x');
    run();
    const { frontmatter } = parseFrontmatter(readFileSync(join(dir, 'content/topics/x.mdx'), 'utf8'));
    for (const id of topicSchema.parse(frontmatter).sources) expect(existsSync(new URL(`../../../content/sources/${id}.yaml`, import.meta.url))).toBe(true);
  });

  it('refuses a slug that is not a web address and says what one looks like', () => {
    const { run } = scaffold('Kramatorsk Front');
    expect(run).toThrow(/lower-case words joined by hyphens/);
  });

  it('never overwrites an existing topic', () => {
    const { run } = scaffold('x');
    run();
    expect(run).toThrow(/already exists/);
  });
});
