import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page a build wrote under `dir`, as paths: for the steps that read the finished site. */
export function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}
