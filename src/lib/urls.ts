/** A site-internal path under the configured base: `url('topics/siversk/')` -> `/explainers/topics/siversk/`. */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}

/** An absolute URL for canonical links and feeds, when SITE is set. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(url(path), site).toString() : url(path);
}
