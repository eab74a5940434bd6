import { copyFile, link, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writing the files a build adds beside its pages (CSV files, chart downloads, social cards):
 * thousands of small files at archive scale, written once the pages are done, when Node's file
 * threads have both processors to themselves. One after another, each waited for its folder, its
 * write and the disk; a few dozen under way at once keep the threads busy.
 */

/** Files under way at once: more did not write faster on a two-core machine. */
const atOnce = 32;

/** Runs `job` on each item, at most `atOnce` at a time; rejects with the first failure once all have settled. */
export async function eachInTurn<T>(items: Iterable<T>, job: (item: T) => Promise<unknown>): Promise<void> {
  const queue = [...items];
  let next = 0;
  let failure: unknown;
  const runner = async () => {
    while (next < queue.length) {
      const item = queue[next++]!;
      try {
        await job(item);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, queue.length) }, runner));
  if (failure) throw failure;
}

/** Creates folders, each once however many files go in it. */
export function folderMaker(): (file: string) => Promise<void> {
  const made = new Map<string, Promise<unknown>>();
  return async (file) => {
    const folder = dirname(file);
    let making = made.get(folder);
    if (!making) made.set(folder, (making = mkdir(folder, { recursive: true })));
    await making;
  };
}

/** Writes `text` to each file, creating its folder. */
export function writeFiles(files: Iterable<[file: string, text: string | Uint8Array]>): Promise<void> {
  const folder = folderMaker();
  return eachInTurn(files, async ([file, text]) => {
    await folder(file);
    await writeFile(file, text);
  });
}

/**
 * Puts the file at `source` at each of `targets`. The first is a copy; the others are hard links
 * to that copy, inside the output: an archive shows the same chart on many pages, and its download
 * was the same 100 KB written again for each (half the output's bytes at 1,000 topics). A reader,
 * a static host and an upload tool see separate files with the same bytes. Where the file system
 * has no links, each is a copy.
 */
export function placeFile(source: string, targets: string[], folder = folderMaker()): Promise<void> {
  const [first, ...rest] = targets;
  if (!first) return Promise.resolve();
  return (async () => {
    await folder(first);
    await copyFile(source, first);
    await eachInTurn(rest, async (target) => {
      await folder(target);
      await link(first, target).catch(() => copyFile(first, target));
    });
  })();
}
