import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../../src/validate';
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
  return validateContent(join(root, 'content'), root).map(formatProblem);
}

describe('a writer’s mistakes', () => {
  it('start from a fixture site with no problems', () => {
    expect(validateContent(base).map(formatProblem)).toEqual([]);
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
