import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachInTurn, placeFile, writeFiles } from '../../../src/lib/output-files';

const folder = () => mkdtempSync(join(tmpdir(), 'output-files-'));

describe('placeFile', () => {
  it('puts the same bytes at every target, one copy and links to it, in folders it creates', async () => {
    const root = folder();
    const source = join(root, 'cache.png');
    writeFileSync(source, 'drawing');
    const targets = ['embed/a/map/chart.png', 'embed/b/map/chart.png', 'uk/embed/a/map/chart.png'].map((path) => join(root, 'out', path));
    await placeFile(source, targets);
    for (const target of targets) expect(readFileSync(target, 'utf8')).toBe('drawing');
    // The first is a copy: rewriting the cache's file in place later does not reach the output.
    expect(statSync(targets[0]!).ino).not.toBe(statSync(source).ino);
    expect(statSync(targets[1]!).ino).toBe(statSync(targets[0]!).ino);
    expect(statSync(targets[2]!).ino).toBe(statSync(targets[0]!).ino);
  });

  it('fails when the source is missing, naming it', async () => {
    const root = folder();
    await expect(placeFile(join(root, 'gone.png'), [join(root, 'out', 'chart.png')])).rejects.toThrow(/gone\.png/);
  });
});

describe('writeFiles', () => {
  it('writes every file, creating their folders', async () => {
    const root = folder();
    const files = Array.from({ length: 100 }, (_, i) => [join(root, 'data', `topic-${i % 7}`, `chart-${i}.csv`), `value\n${i}\n`] as [string, string]);
    await writeFiles(files);
    for (const [file, text] of files) expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('rejects when a file cannot be written, after writing the others', async () => {
    const root = folder();
    // A file where a folder should be: no user, root included, can write under it.
    writeFileSync(join(root, 'blocked'), '');
    const attempt = writeFiles([
      [join(root, 'open', 'a.csv'), 'a'],
      [join(root, 'blocked', 'b.csv'), 'b'],
      [join(root, 'open', 'c.csv'), 'c'],
    ]);
    await expect(attempt).rejects.toThrow(/blocked/);
    expect(readFileSync(join(root, 'open', 'a.csv'), 'utf8')).toBe('a');
    expect(readFileSync(join(root, 'open', 'c.csv'), 'utf8')).toBe('c');
  });
});

describe('eachInTurn', () => {
  it('never has more than a few dozen jobs under way, and runs them all', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachInTurn(
      Array.from({ length: 200 }, (_, i) => i),
      async (i) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
        done.push(i);
      },
    );
    expect(done).toHaveLength(200);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(32);
  });

  it('settles every job before it rejects with the first failure', async () => {
    const done: number[] = [];
    const attempt = eachInTurn([1, 2, 3, 4], async (i) => {
      if (i === 2) throw new Error('job 2 failed');
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(i);
    });
    await expect(attempt).rejects.toThrow('job 2 failed');
    expect(done.sort()).toEqual([1, 3, 4]);
  });
});
