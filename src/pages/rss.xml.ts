import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { fill } from '../i18n/locale';
import { defaultEdition, editions, siteLocale as locale } from '../i18n';
import { loadSiteContent, topicIn } from '../lib/site-content';
import { localUrl } from '../lib/urls';
import { siteConfig } from '../../site.config';

/**
 * The feed of every explainer in every edition, newest update first: each translation is an item
 * of its own, in its language. Each item carries the page's corrections as they are logged, so
 * readers who follow the feed learn of them too.
 */
export const GET: APIRoute = async (context) => {
  const content = await loadSiteContent();
  const items = editions.flatMap((edition) =>
    content.topics.flatMap((original) => {
      const shown = topicIn(original, edition, content);
      // An edition's feed items are its translations; untranslated topics are in the original's.
      if (edition !== defaultEdition && !shown.translation) return [];
      const { topic } = shown;
      const { locale: words } = edition;
      return [
        {
          title: topic.data.title,
          description: [topic.data.dek, ...topic.data.corrections.map((c) => `${fill(words.t.correctionDated, { date: words.date(c.date) })}: ${c.text}`)].join(
            '\n\n',
          ),
          link: localUrl(edition, `topics/${topic.id}/`),
          pubDate: new Date(`${topic.data.updated}T00:00:00Z`),
          categories: topic.data.tags,
          customData: `<dc:language>${edition.tag}</dc:language>`,
        },
      ];
    }),
  );
  return rss({
    title: siteConfig.name,
    description: siteConfig.tagline,
    site: context.site ?? 'http://localhost:4321',
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: items.toSorted((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    customData: `<language>${locale.tag}</language>`,
  });
};
