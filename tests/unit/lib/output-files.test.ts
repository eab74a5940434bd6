import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachInTurn, placeFiles, writeFiles } from '../../../src/lib/output-files';

const folder = () => mkdtempSync(join(tmpdir(), 'output-files-'));

describe('placeFiles', () => {
  it('puts the same bytes at every target, one copy and links to it, in folders it creates', async () => {
    const root = folder();
    const [map, bars] = [join(root, 'map.png'), join(root, 'bars.png')];
    writeFileSync(map, 'map drawing');
    writeFileSync(bars, 'bar drawing');
    const targets = (chart: string) => ['embed/a', 'embed/b', 'uk/embed/a'].map((path) => join(root, 'out', path, chart, 'chart.png'));
    await placeFiles([
      [map, targets('map')],
      [bars, targets('bars')],
    ]);
    for (const [source, chart] of [
      [map, 'map'],
      [bars, 'bars'],
    ] as const) {
      const [first, ...rest] = targets(chart);
      for (const target of targets(chart)) expect(readFileSync(target, 'utf8')).toBe(readFileSync(source, 'utf8'));
      // The first is a copy: rewriting the cache's file in place later does not reach the output.
      expect(statSync(first!).ino).not.toBe(statSync(source).ino);
      for (const target of rest) expect(statSync(target).ino).toBe(statSync(first!).ino);
    }
  });

  it('fails when a source is missing, naming it', async () => {
    const root = folder();
    await expect(placeFiles([[join(root, 'gone.png'), [join(root, 'out', 'chart.png')]]])).rejects.toThrow(/gone\.png/);
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

  it('rejects for a job that failed without a reason', async () => {
    await expect(eachInTurn([1, 2], (i) => (i === 2 ? Promise.reject(undefined) : Promise.resolve()))).rejects.toThrow(/could not be written/);
  });
});
