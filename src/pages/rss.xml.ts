import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { fill } from '../i18n/locale';
import { siteLocale as locale } from '../i18n';
import { loadSiteContent } from '../lib/site-content';
import { url } from '../lib/urls';
import { siteConfig } from '../../site.config';

/**
 * The feed of every explainer, newest update first. Each item carries the page's corrections as
 * they are logged, so readers who follow the feed learn of them too.
 */
export const GET: APIRoute = async (context) => {
  const { topics } = await loadSiteContent();
  return rss({
    title: siteConfig.name,
    description: siteConfig.tagline,
    site: context.site ?? 'http://localhost:4321',
    items: topics
      .toSorted((a, b) => b.data.updated.localeCompare(a.data.updated))
      .map((topic) => ({
        title: topic.data.title,
        description: [topic.data.dek, ...topic.data.corrections.map((c) => `${fill(locale.t.correctionDated, { date: locale.date(c.date) })}: ${c.text}`)].join(
          '\n\n',
        ),
        link: url(`topics/${topic.id}/`),
        pubDate: new Date(`${topic.data.updated}T00:00:00Z`),
        categories: topic.data.tags,
      })),
    customData: `<language>${locale.tag}</language>`,
  });
};
