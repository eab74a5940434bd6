import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent, type TopicEntry } from '../../../lib/site-content';
import { topicCardInput } from '../../../lib/topic-card';
import { socialCardPng } from '../../../lib/social-card';

/**
 * Each topic's 1200x630 card in the preview. A build writes no page here: the cards are drawn on a
 * worker thread while the pages render and written beside them at the end (social-cards integration).
 */
export const getStaticPaths = (async () => {
  if (import.meta.env.PROD) return [];
  const content = await loadSiteContent();
  return content.topics.map((topic) => ({ params: { slug: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicEntry }> = async ({ props: { topic } }) =>
  new Response(new Uint8Array(socialCardPng(topicCardInput(topic, await loadSiteContent()))), { headers: { 'Content-Type': 'image/png' } });
