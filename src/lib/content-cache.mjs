import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The code that decides what content parses to: the collection config and every schema it imports. */
const schemaSources = ['src/content.config.ts', 'src/schemas', 'src/charts'];

/** @param {string} path @returns {string[]} */
function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/**
 * Astro keeps parsed content in node_modules/.astro/data-store.json and re-parses an entry only
 * when the entry changes, not when its schema does: after pulling a schema change, pages would be
 * built from data in the old shape. This drops that cache whenever the schema code has changed
 * since it was written, so content is parsed again (about two seconds).
 * @param {string} cache Astro's cache folder, e.g. node_modules/.astro
 */
export function dropStaleContentCache(cache) {
  const root = process.cwd();
  const hash = createHash('sha256');
  for (const file of schemaSources.flatMap((source) => files(join(root, source)))) hash.update(file).update(readFileSync(file));
  const digest = hash.digest('hex');
  const stamp = join(cache, 'schema-hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  rmSync(join(cache, 'data-store.json'), { force: true });
  mkdirSync(cache, { recursive: true });
  writeFileSync(stamp, digest);
}
