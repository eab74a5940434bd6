/**
 * Reads where the site will be served from the environment: `SITE` (absolute origin) and `BASE`
 * (sub-path). Fails early with a sentence a deployer can act on rather than a broken site.
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string, base: string }}
 */
export function deployTarget(env) {
  const site = env.SITE?.trim() || 'http://localhost:4321';
  let url;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`SITE must be an absolute URL such as https://news.example.org, got "${site}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE must be an origin without a path (got "${site}"); put the sub-path in BASE, e.g. BASE=${url.pathname}`,
    );
  }
  const rawBase = env.BASE?.trim() || '/';
  if (/^[a-z]+:/i.test(rawBase) || rawBase.includes('..')) {
    throw new Error(`BASE must be a path such as /explainers/, got "${rawBase}".`);
  }
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site: url.origin, base };
}
