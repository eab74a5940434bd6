import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { chartKinds } from '../../../src/charts/registry';
import { placedChartIds } from '../../../src/lib/chart-data';
import { topicSchema } from '../../../src/schemas/topic';
import { formatProblem, isError, validateContent } from '../../../src/validate';
import { slugify } from '../../../scripts/new-topic.mjs';

const script = new URL('../../../scripts/new-topic.mjs', import.meta.url).pathname;

/** A copy of the fixture site to scaffold into, as a newsroom's content folder. */
function newsroom() {
  const dir = mkdtempSync(join(tmpdir(), 'new-topic-'));
  cpSync('tests/fixtures/site/content', join(dir, 'content'), { recursive: true });
  const run = (...args: string[]) =>
    execFileSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, CONTENT_DIR: 'content' } });
  const read = (slug: string) => readFileSync(join(dir, 'content/topics', `${slug}.mdx`), 'utf8');
  return { dir, run, read };
}

describe('npm run new', () => {
  it('derives the address from the headline and says where to preview it', () => {
    const { run, read } = newsroom();
    const out = run('What next for Kramatorsk?');
    expect(out).toContain('Created content/topics/what-next-for-kramatorsk.mdx, a draft.');
    expect(out).toContain('http://localhost:4321/topics/what-next-for-kramatorsk/');
    expect(topicSchema.parse(parseFrontmatter(read('what-next-for-kramatorsk')).frontmatter).title).toBe('What next for Kramatorsk?');
  });

  it('writes a draft with one example of every chart kind, each placed in the text', () => {
    const { run, read } = newsroom();
    run('A headline');
    const { frontmatter, content } = parseFrontmatter(read('a-headline'));
    const topic = topicSchema.parse(frontmatter);
    expect(topic.draft).toBe(true);
    expect(new Set(Object.values(topic.charts).map((chart) => chart.type))).toEqual(new Set(Object.keys(chartKinds)));
    expect(placedChartIds(content)).toEqual(Object.keys(topic.charts));
  });

  it('fails check with "replace the placeholder" until every placeholder is replaced, and only then passes', () => {
    const { dir, run, read } = newsroom();
    run('A headline');
    const problems = validateContent(join(dir, 'content'), dir).filter(isError);
    expect(problems.length).toBeGreaterThan(20);
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(['placeholder']));
    expect(formatProblem(problems[0]!)).toMatch(/^content\/topics\/a-headline\.mdx:\d+ dek: replace the placeholder/);
    writeFileSync(join(dir, 'content/topics/a-headline.mdx'), read('a-headline').replaceAll('REPLACE: ', ''));
    expect(validateContent(join(dir, 'content'), dir).filter(isError).map(formatProblem)).toEqual([]);
  });

  it('accepts a chosen address and the older `new-topic <slug> "Headline"` form', () => {
    const { run, read } = newsroom();
    run('Headline one', '--slug', 'first');
    run('second', 'Headline', 'two');
    expect(read('first')).toContain('title: "Headline one"');
    expect(read('second')).toContain('title: "Headline two"');
  });

  it('refuses an address that is not one, and never overwrites a topic', () => {
    const { run } = newsroom();
    expect(() => run('Headline', '--slug', 'Kramatorsk Front')).toThrow(/lower-case words joined by hyphens/);
    run('Same headline');
    expect(() => run('Same headline')).toThrow(/already exists/);
  });

  it('makes readable addresses from accented and Ukrainian headlines', () => {
    expect(slugify('Zaporizhzhia’s “new” front — Ukraine’s view')).toBe('zaporizhzhias-new-front-ukraines-view');
    expect(slugify('Що далі для Краматорська')).toBe('shcho-dali-dlia-kramatorska');
    expect(slugify('Café Ελλάδα')).toBe('cafe');
  });
});
