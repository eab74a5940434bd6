import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/site-content';
import { url } from '../lib/urls';
import { siteConfig } from '../../site.config';

/** The feed of every explainer, newest update first; readers' apps and aggregators poll it. */
export const GET: APIRoute = async (context) => {
  const { topics } = await loadSiteContent();
  return rss({
    title: siteConfig.name,
    description: siteConfig.tagline,
    site: context.site ?? 'http://localhost:4321',
    items: topics.map((topic) => ({
      title: topic.data.title,
      description: topic.data.dek,
      link: url(`topics/${topic.id}/`),
      pubDate: new Date(`${topic.data.updated}T00:00:00Z`),
      categories: topic.data.tags,
    })),
    customData: `<language>${siteConfig.locale}</language>`,
  });
};
