import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync as read } from 'node:fs';
import { readContent } from '../../../src/validate/read';

/**
 * The sample content is written from the seed reporting in the newsroom's shared folder, in our
 * own words. Runs of eight or more words shared with a seed, outside quotation marks, are copying.
 * The seeds live beside the repository (`../shared/seeds`, or SEEDS_DIR); without them the check
 * cannot run, and says so.
 */
const seedsDir = process.env.SEEDS_DIR ?? join(new URL('../../../', import.meta.url).pathname, '..', 'shared', 'seeds');
if (!existsSync(seedsDir)) {
  console.warn(`\n⚠ Originality check SKIPPED: no seed articles at ${seedsDir}. Set SEEDS_DIR to check the sample content against them.\n`);
}
const RUN = 8;

// Long proper names count as one word: naming the Institute for the Study of War is not copying.
const words = (text: string) =>
  text.toLowerCase().replace(/[’‘]/g, "'").replace(/institute for the study of war/g, 'isw').match(/[a-z0-9']+/g) ?? [];
/** Drops quoted speech: quotes of named officials are allowed word for word. */
const unquoted = (text: string) => text.replace(/“[^”]*”|"[^"\n]*"/g, ' … ');

describe.skipIf(!existsSync(seedsDir))('originality of the sample content', () => {
  const seedRuns = new Set<string>();
  for (const file of existsSync(seedsDir) ? readdirSync(seedsDir) : []) {
    const seed = words(readFileSync(join(seedsDir, file), 'utf8'));
    for (let i = 0; i + RUN <= seed.length; i++) seedRuns.add(seed.slice(i, i + RUN).join(' '));
  }

  for (const topic of readContent('content').files.filter((f) => f.collection === 'topics')) {
    it(`${topic.file} copies no run of ${RUN} words from a seed outside quotation marks`, () => {
      const text = unquoted(read(topic.file, 'utf8'));
      const own = words(text);
      const copied = new Set<string>();
      for (let i = 0; i + RUN <= own.length; i++) {
        const run = own.slice(i, i + RUN).join(' ');
        if (seedRuns.has(run)) copied.add(run);
      }
      expect([...copied]).toEqual([]);
    });
  }
});
