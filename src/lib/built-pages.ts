import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page a build wrote under `dir`, as paths: for the steps that read the finished site. */
export function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Reads each file's bytes into one buffer, reused from file to file, and hands `visit` a view of
 * them: valid only during the call, so whatever `visit` keeps it copies. The steps that scan every
 * built page used to read each into a buffer of its own; buffers live outside the JavaScript heap,
 * so the collector saw no reason to run, and at 5,600 pages the scans held 0.1 GB each at the end
 * of the build, Astro's peak.
 */
export function eachFile<T>(files: string[], visit: (bytes: Buffer, file: string) => T): T[] {
  let buffer = Buffer.alloc(256 * 1024);
  return files.map((file) => {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > buffer.length) buffer = Buffer.alloc(Math.max(size, buffer.length * 2));
      let read = 0;
      while (read < size) {
        const n = readSync(fd, buffer, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      return visit(buffer.subarray(0, read), file);
    } finally {
      closeSync(fd);
    }
  });
}
