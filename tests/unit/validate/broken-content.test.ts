import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, isError, validateContent } from '../../../src/validate';
import { brokenCases } from '../../fixtures/broken-content';

const base = 'tests/fixtures/site/content';
const scratch = mkdtempSync(join(tmpdir(), 'broken-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The messages `npm run check` prints for the fixture site with one mistake made in it. */
function messagesFor(index: number): string[] {
  const { file, edit } = brokenCases[index]!;
  const root = join(scratch, String(index));
  cpSync(base, join(root, 'content'), { recursive: true });
  const path = join(root, 'content', file);
  writeFileSync(path, typeof edit === 'function' ? edit(readFileSync(path, 'utf8')) : edit);
  // The fixture's outdated translation is a warning of its own, tested below.
  return validateContent(join(root, 'content'), root).filter(isError).map(formatProblem);
}

describe('a writer’s mistakes', () => {
  it('start from a fixture site with no errors, and one warning: an outdated translation', () => {
    expect(validateContent(base).map(formatProblem)).toEqual([
      'tests/fixtures/site/content/topics/uk/second-topic.mdx:3 translatedFrom: warning: outdated translation: the original (tests/fixtures/site/content/topics/second-topic.mdx) was updated on 2025-12-20, after the version of 2025-12-19 this translates. Expected the changes translated, then translatedFrom: 2025-12-20.',
    ]);
  });

  it('are at least 30, each a different case', () => {
    expect(brokenCases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(brokenCases.map((c) => c.name)).size).toBe(brokenCases.length);
  });

  for (const [index, { name, expected }] of brokenCases.entries()) {
    it(`${name}: reported in plain words with file, line and field`, () => {
      expect(messagesFor(index)).toEqual(expected);
    });
  }
});
