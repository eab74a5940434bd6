import { localPlace } from './chart-context';
import type { Locale } from '../i18n/locale';
import type { Place } from '../schemas/place';
import type { SiteContent, TopicEntry } from './site-content';

/** Stories that are still moving lead the page; background pieces follow. */
const statusRank = { developing: 0, ongoing: 1, concluded: 2, background: 3 } as const;

/** The front page's order: the newest developing story first, then by status and last update. */
export function frontPageOrder(topics: TopicEntry[]): TopicEntry[] {
  return [...topics].sort(
    (a, b) =>
      statusRank[a.data.status] - statusRank[b.data.status] || b.data.updated.localeCompare(a.data.updated) || b.data.published.localeCompare(a.data.published),
  );
}

/** A topic's key number for its card: the first item of its first stat grid, as a stat shows it. */
export function keyStat(topic: TopicEntry): { chart: string; index: number } | null {
  const entry = Object.entries(topic.data.charts).find(([, chart]) => chart.type === 'stats');
  return entry ? { chart: entry[0], index: 0 } : null;
}

/** The places a topic covers, for its locator map. */
export function topicPlaces(topic: TopicEntry, content: Pick<SiteContent, 'places'>, locale?: Locale): Place[] {
  return topic.data.places.flatMap((id) => {
    const place = content.places.get(id);
    return place ? [locale ? localPlace(place, locale) : place] : [];
  });
}
