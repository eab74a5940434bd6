/** The builds the end-to-end tests walk, each served by scripts/serve-static.mjs on its own port. */
export const sites = {
  /** The sample newsroom content at the root of a domain. */
  root: { outDir: 'dist-e2e', base: '/', port: 4411 },
  /** The same content deployed under a sub-path, as on a newsroom's own domain. */
  subPath: { outDir: 'dist-e2e-sub', base: '/explainers/', port: 4412 },
  /** A fixture topic with one chart of every kind (tests/fixtures/site). */
  fixture: { outDir: 'dist-e2e-fixture', base: '/', port: 4413, contentDir: 'tests/fixtures/site/content' },
};

/**
 * @param {keyof typeof sites} name
 * @param {string} [path]
 */
export const siteUrl = (name, path = '') => `http://127.0.0.1:${sites[name].port}${sites[name].base}${path.replace(/^\//, '')}`;
