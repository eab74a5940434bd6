import { siteConfig } from '../../site.config';

/** Search results cut titles after about 70 characters: the site's name goes only where it fits. */
export function withSiteName(title: string): string {
  const full = `${title} | ${siteConfig.name}`;
  return full.length <= 70 ? full : title;
}
