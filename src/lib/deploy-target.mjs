/** Where a build lands when nobody said where the site will live: fine for a preview, wrong in production. */
export const defaultSite = 'http://localhost:4321';

/**
 * Reads where the site will be served from the environment: `SITE` (absolute origin) and `BASE`
 * (sub-path). Fails early with a sentence a deployer can act on rather than a broken site.
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string, base: string, siteIsDefault: boolean }}
 */
export function deployTarget(env) {
  const site = env.SITE?.trim() || defaultSite;
  let url;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`SITE must be an absolute URL such as https://news.example.org, got "${site}".`);
  }
  if (!/^https?:$/.test(url.protocol)) {
    throw new Error(`SITE must be an http(s) origin such as https://news.example.org, got "${site}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE must be an origin without a path (got "${site}"); put the sub-path in BASE, e.g. BASE=${url.pathname}`);
  }
  const rawBase = env.BASE?.trim() || '/';
  if (/^[a-z]+:/i.test(rawBase) || rawBase.includes('..') || /[?#\\\s]/.test(rawBase)) {
    throw new Error(`BASE must be a path such as /explainers/, got "${rawBase}".`);
  }
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site: url.origin, base, siteIsDefault: !env.SITE?.trim() };
}

const truthy = (value) => Boolean(value) && !/^(0|false|no)$/i.test(value);

/**
 * What to do about a build that would put `http://localhost:4321` into canonical links, feeds and
 * social cards: nothing for a local build, a loud warning for a production one (`NODE_ENV=production`
 * or `CI`), and a failure when the deploy asked for strictness (`STRICT_SITE=1`, or `--strict` on
 * `npm run build`).
 * @param {Record<string, string | undefined>} env
 * @returns {{ level: 'ok' | 'warn' | 'fail', message?: string }}
 */
export function siteCheck(env) {
  const { siteIsDefault } = deployTarget(env);
  if (!siteIsDefault) return { level: 'ok' };
  const message =
    `SITE is not set, so canonical links, the feeds, the sitemap and social cards point at ${defaultSite}. ` +
    'Set SITE to the address readers will use, e.g. SITE=https://news.example.org npm run build.';
  if (truthy(env.STRICT_SITE)) return { level: 'fail', message };
  if (env.NODE_ENV === 'production' || truthy(env.CI)) return { level: 'warn', message };
  return { level: 'ok' };
}

/**
 * Says so, loudly, when a production build has no SITE, and stops a strict one.
 * @returns {import('astro').AstroIntegration}
 */
export function siteGuard() {
  return {
    name: 'site-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { level, message } = siteCheck(process.env);
        if (level === 'fail') {
          logger.error(`${message}\nThis build is strict (STRICT_SITE=1 or --strict), so it stops here.`);
          process.exit(1);
        }
        if (level === 'warn') logger.warn(`\n${'!'.repeat(78)}\n${message}\n${'!'.repeat(78)}`);
      },
    },
  };
}
