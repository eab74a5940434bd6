import type { APIRoute, GetStaticPaths } from 'astro';
import { prepareStats } from '../../charts/kinds/stats/model';
import { siteLocale as locale } from '../../i18n';
import { keyStat, topicPlaces } from '../../lib/front-page';
import { chartContext, loadSiteContent, type TopicEntry } from '../../lib/site-content';
import { socialCardPng } from '../../lib/social-card';
import { siteConfig } from '../../../site.config';

export const getStaticPaths = (async () => {
  const content = await loadSiteContent();
  return content.topics.map((topic) => ({ params: { slug: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

/** Each topic's card for social networks and messengers: headline, dek, key number and locator. */
export const GET: APIRoute<{ topic: TopicEntry }> = async ({ props: { topic } }) => {
  const content = await loadSiteContent();
  const key = keyStat(topic);
  const chart = key ? topic.data.charts[key.chart] : undefined;
  const stat = chart?.type === 'stats' ? prepareStats(chart, chartContext(content, locale)).items[key!.index] : undefined;
  const png = socialCardPng({
    site: siteConfig.name,
    label: locale.t.status[topic.data.status],
    title: topic.data.title,
    dek: topic.data.dek,
    figure: stat && { value: stat.figure, caption: stat.label },
    places: topicPlaces(topic, content),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
