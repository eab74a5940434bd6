/** A site-internal path under the configured base: `url('topics/siversk/')` -> `/explainers/topics/siversk/`. */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}

/** An absolute URL for canonical links and feeds, when SITE is set. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(url(path), site).toString() : url(path);
}

/** A page in an edition: `localUrl(uk, 'topics/siversk/')` -> `/uk/topics/siversk/`; the default edition has no prefix. */
export function localUrl(edition: { path: string } | undefined, path = ''): string {
  return url(edition?.path ? `${edition.path}/${path.replace(/^\//, '')}` : path);
}
