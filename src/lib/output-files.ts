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
  // A flag, not the failure itself: a promise may reject with no reason at all.
  let failed = false;
  let failure: unknown;
  const runner = async () => {
    while (next < queue.length) {
      const item = queue[next++]!;
      try {
        await job(item);
      } catch (error) {
        if (!failed) [failed, failure] = [true, error];
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, queue.length) }, runner));
  if (failed) throw failure instanceof Error ? failure : new Error(`a file could not be written: ${String(failure)}`);
}

/** Creates folders, each once however many files go in it. */
function folderMaker(): (file: string) => Promise<void> {
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
 * Puts each source file at each of its targets. The first target of each is a copy; the others
 * are hard links to that copy, inside the output: an archive shows the same chart on many pages,
 * and its download was the same 100 KB written again for each (half the output's bytes at 1,000
 * topics). A reader, a static host and an upload tool see separate files with the same bytes.
 * Where the file system has no links, each is a copy. The copies are all made before any link.
 */
export async function placeFiles(files: Iterable<[source: string, targets: string[]]>): Promise<void> {
  const folder = folderMaker();
  const groups = [...files].filter(([, targets]) => targets.length > 0);
  await eachInTurn(groups, async ([source, [first]]) => {
    await folder(first!);
    await copyFile(source, first!);
  });
  const links = groups.flatMap(([, [first, ...rest]]) => rest.map((target) => [first!, target] as const));
  await eachInTurn(links, async ([first, target]) => {
    await folder(target);
    await link(first, target).catch(() => copyFile(first, target));
  });
}
