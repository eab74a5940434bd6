import { siteLocale as locale } from '../i18n';
import { keyStat, topicPlaces } from './front-page';
import type { SiteContent, TopicEntry } from './site-content';
import { buildShared } from './build-shared';
import { socialCardFile, whenWorkerFree, type SocialCard } from './social-card';
import { siteConfig } from '../../site.config';

/** What a topic's social card shows: headline, dek, key number and locator. */
export function topicCardInput(topic: TopicEntry, content: SiteContent): SocialCard {
  const stat = keyStat(topic, content, locale);
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

/** Topics whose cards are already started. */
const started = new Set<string>();

/**
 * The cards of this build by topic id, for the `social-cards` integration to copy into the output
 * once the pages are written (shared with the integration's copy of this code: build-shared.ts).
 */
export const builtCards = buildShared('cards', () => new Map<string, Promise<string>>());

/**
 * Starts every topic's card as soon as the build first reads the content, a few at a time, so the
 * worker thread draws them while the main thread renders pages. They are not pages: the build
 * writes them beside the pages when it finishes (src/lib/social-cards-integration.ts).
 */
export function startTopicCards(topics: TopicEntry[], content: SiteContent): void {
  if (!import.meta.env.PROD) return;
  for (const topic of topics.filter((topic) => !started.has(topic.id))) {
    started.add(topic.id);
    // A failure fails the build when the cards are copied.
    builtCards.set(
      topic.id,
      whenWorkerFree(() => topicCardFile(topic, content)),
    );
  }
}
