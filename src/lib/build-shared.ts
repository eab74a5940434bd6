/**
 * A value shared by the two copies of our code in one Astro process: the config's (the
 * integrations) and the build's (the pages and routes), which Astro loads separately, so a
 * module-level value of one copy is not seen by the other. Kept on globalThis under `name`;
 * the first copy to ask creates it.
 */
export function buildShared<T>(name: string, create: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  return (store[Symbol.for(`news-explainer.${name}`)] ??= create()) as T;
}
