import type { APIRoute } from 'astro';
import { fill } from '../i18n/locale';
import { siteLocale as locale } from '../i18n';
import { loadSiteContent } from '../lib/site-content';
import { absoluteUrl } from '../lib/urls';
import { siteConfig } from '../../site.config';

/**
 * The same explainers as rss.xml, as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1): newest
 * update first, each with its card image and every correction as it was logged.
 */
export const GET: APIRoute = async ({ site }) => {
  const { topics } = await loadSiteContent();
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: siteConfig.name,
    description: siteConfig.tagline,
    home_page_url: absoluteUrl('', site),
    feed_url: absoluteUrl('feed.json', site),
    language: locale.tag,
    authors: [{ name: siteConfig.publisher }],
    items: topics
      .toSorted((a, b) => b.data.updated.localeCompare(a.data.updated))
      .map((topic) => ({
        id: absoluteUrl(`topics/${topic.id}/`, site),
        url: absoluteUrl(`topics/${topic.id}/`, site),
        title: topic.data.title,
        summary: topic.data.dek,
        content_text: [
          topic.data.dek,
          ...topic.data.corrections.map((c) => `${fill(locale.t.correctionDated, { date: locale.date(c.date) })}: ${c.text}`),
        ].join('\n\n'),
        image: absoluteUrl(`topics/${topic.id}/card.png`, site),
        date_published: `${topic.data.published}T00:00:00Z`,
        date_modified: `${topic.data.updated}T00:00:00Z`,
        authors: topic.data.authors.map((name) => ({ name })),
        tags: topic.data.tags,
      })),
  };
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
