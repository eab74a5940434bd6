import { prepareStats } from '../charts/kinds/stats/model';
import { siteLocale as locale } from '../i18n';
import { keyStat, topicPlaces } from './front-page';
import { chartContext, type SiteContent, type TopicEntry } from './site-content';
import { cardsInFlight, socialCardFile, type SocialCard } from './social-card';
import { siteConfig } from '../../site.config';

/** What a topic's social card shows: headline, dek, key number and locator. */
export function topicCardInput(topic: TopicEntry, content: SiteContent): SocialCard {
  const key = keyStat(topic);
  const chart = key ? topic.data.charts[key.chart] : undefined;
  const stat = chart?.type === 'stats' ? prepareStats(chart, chartContext(content, locale)).items[key!.index] : undefined;
  return {
    site: siteConfig.name,
    label: locale.t.status[topic.data.status],
    title: topic.data.title,
    dek: topic.data.dek,
    figure: stat && { value: stat.figure, caption: stat.label },
    places: topicPlaces(topic, content),
  };
}

/** A topic's social card file, rendered off the main thread. */
export function topicCardFile(topic: TopicEntry, content: SiteContent): Promise<string> {
  return socialCardFile(topicCardInput(topic, content));
}

/** Topics whose cards are still to be started, and how many may be drawing at once (memory stays flat). */
const queue: { topic: TopicEntry; content: SiteContent }[] = [];
const started = new Set<string>();
const limit = 2;

/**
 * The cards of this build by topic id, for the `social-cards` integration to copy into the output
 * once the pages are written: shared through globalThis, since the integration runs from the
 * config's copy of this code and the pages from the build's.
 */
export const builtCards: Map<string, Promise<string>> = ((globalThis as Record<symbol, unknown>)[Symbol.for('news-explainer.cards')] ??= new Map()) as Map<
  string,
  Promise<string>
>;

function pump(): void {
  while (queue.length && cardsInFlight() < limit) {
    const { topic, content } = queue.shift()!;
    if (started.has(topic.id)) continue;
    started.add(topic.id);
    const file = topicCardFile(topic, content);
    builtCards.set(topic.id, file);
    file.then(pump, pump); // a failure fails the build when the cards are copied
  }
}

/**
 * Starts every topic's card as soon as the build first reads the content, a few at a time, so the
 * worker thread draws them while the main thread renders pages. They are not pages: the build
 * writes them beside the pages when it finishes (src/lib/social-cards-integration.ts).
 */
export function startTopicCards(topics: TopicEntry[], content: SiteContent): void {
  if (!import.meta.env.PROD) return;
  queue.push(...topics.filter((topic) => !started.has(topic.id)).map((topic) => ({ topic, content })));
  pump();
}
