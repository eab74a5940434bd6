import { kept } from '../charts/memo';
import { prepareStats, type StatItem } from '../charts/kinds/stats/model';
import { chartContext, localPlace } from './chart-context';
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

/** Each stat grid's prepared items, by the content it reads figures from, its spec and the locale's tag: see keyStat. */
const statItems = new WeakMap<SiteContent, WeakMap<object, Map<string, StatItem[]>>>();

/**
 * A topic's key number for its card: the first item of its first stat grid, as a stat shows it in
 * `locale`, or undefined for a topic without one. A topic's card appears on many pages (the front
 * page, the list, every related topic's page, its social card): its grid is prepared once per
 * locale.
 */
export function keyStat(topic: TopicEntry, content: SiteContent, locale: Locale): StatItem | undefined {
  const chart = Object.values(topic.data.charts).find((chart) => chart.type === 'stats');
  if (chart?.type !== 'stats') return undefined;
  const bySpec = kept(statItems, content, () => new WeakMap<object, Map<string, StatItem[]>>());
  const items = kept(
    kept(bySpec, chart, () => new Map<string, StatItem[]>()),
    locale.tag,
    () => prepareStats(chart, chartContext(content, locale)).items,
  );
  return items[0];
}

/** The places a topic covers, for its locator map. */
export function topicPlaces(topic: TopicEntry, content: Pick<SiteContent, 'places'>, locale?: Locale): Place[] {
  return topic.data.places.flatMap((id) => {
    const place = content.places.get(id);
    return place ? [locale ? localPlace(place, locale) : place] : [];
  });
}
