import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { kept } from '../charts/memo';
import type { Objects, Topology } from 'topojson-specification';
import type { GeoLayer } from '../charts/types';
import type { Figure } from '../schemas/figure';
import type { Place } from '../schemas/place';
import type { Source } from '../schemas/source';
import { translateChart } from '../schemas/translation';
import { defaultEdition, type Edition } from '../i18n';
import { recordSitemapFacts } from './sitemap-facts';

export type TopicEntry = CollectionEntry<'topics'>;
export type TranslationEntry = CollectionEntry<'translations'>;

export interface SiteContent {
  topics: TopicEntry[];
  sources: Map<string, Source>;
  places: Map<string, Place>;
  figures: Map<string, Figure>;
  /** Map layers with their data, read once. */
  layers: Map<string, GeoLayer>;
  /** Glossary terms in alphabetical order. */
  glossary: CollectionEntry<'glossary'>[];
  /** Translations by language, then by the original topic's id. */
  translations: Map<string, Map<string, TranslationEntry>>;
}

let loading: Promise<SiteContent> | undefined;

/**
 * All collections, read once per build. They were checked before Astro read them (see
 * lib/content-validation.ts), so every id they hold points at an entry that exists.
 */
export function loadSiteContent(): Promise<SiteContent> {
  loading ??= (async () => {
    const [topics, sources, places, figures, geo, glossary, translated] = await Promise.all([
      getCollection('topics'),
      getCollection('sources'),
      getCollection('places'),
      getCollection('figures'),
      getCollection('geo'),
      getCollection('glossary'),
      getCollection('translations'),
    ]);
    const geoDir = join(process.env.CONTENT_DIR ?? 'content', 'geo');
    // Drafts are shown in the preview only: a production build leaves them out of every page, feed and index.
    const published = import.meta.env.PROD ? topics.filter((topic) => !topic.data.draft) : topics;
    published.sort((a, b) => b.data.updated.localeCompare(a.data.updated) || a.data.title.localeCompare(b.data.title));
    const content: SiteContent = {
      topics: published,
      sources: new Map(sources.map((entry) => [entry.id, { ...entry.data, id: entry.id }])),
      places: new Map(places.map((entry) => [entry.id, { ...entry.data, id: entry.id }])),
      figures: new Map(figures.map((entry) => [entry.id, { ...entry.data, id: entry.id }])),
      layers: new Map(
        geo.map((entry) => [
          entry.id,
          {
            id: entry.id,
            meta: entry.data,
            topology: JSON.parse(readFileSync(join(geoDir, entry.data.file), 'utf8')) as Topology<Objects<Record<string, unknown>>>,
          },
        ]),
      ),
      glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term)),
      translations: new Map(),
    };
    for (const entry of translated) {
      const language = entry.id.split('/')[0]!;
      if (!content.translations.has(language)) content.translations.set(language, new Map());
      content.translations.get(language)!.set(entry.data.translationOf, entry);
    }
    if (import.meta.env.PROD) recordSitemapFacts(content.topics, content.translations);
    // Social cards take a worker thread's time, not the pages': start them before the first page.
    if (import.meta.env.PROD) void import('./topic-card').then(({ startTopicCards }) => startTopicCards(content.topics, content));
    return content;
  })();
  return loading;
}

export { chartContext } from './chart-context';

/** A topic as one edition shows it: translated where a translation exists, else the original. */
export interface EditionTopic {
  /** The topic with the edition's words: headline, dek and chart text translated; every fact the original's. */
  topic: TopicEntry;
  /** What to render for the body: the translation, or the original. */
  body: TopicEntry | TranslationEntry;
  /** The translation, where there is one. */
  translation?: TranslationEntry;
  /** The language the body is written in: the edition's, or the original's where it is not translated. */
  bodyLanguage: string;
  /** True when the original was updated after the translation was made. */
  outdated: boolean;
}

/** True when `edition` has the topic in its own language: the original's edition, or a translation. */
export function isWrittenIn(edition: Edition, topicId: string, content: SiteContent): boolean {
  return edition === defaultEdition || Boolean(content.translations.get(edition.language)?.has(topicId));
}

/**
 * The `lang` of a topic's headline and dek where `edition` lists it: the original's language when
 * the edition has no translation, so a screen reader reads the English words as English; nothing
 * (the page's language) otherwise.
 */
export function topicLang(edition: Edition, topicId: string, content: SiteContent): string | undefined {
  return isWrittenIn(edition, topicId, content) ? undefined : defaultEdition.locale.tag;
}

/** How `edition` shows `topic`: its translation laid over the original, or the original with a notice. */
export function topicIn(topic: TopicEntry, edition: Edition, content: SiteContent): EditionTopic {
  const translation = edition === defaultEdition ? undefined : content.translations.get(edition.language)?.get(topic.id);
  if (!translation) return { topic, body: topic, bodyLanguage: defaultEdition.language, outdated: false };
  const words = translation.data;
  const charts = Object.fromEntries(Object.entries(topic.data.charts).map(([id, chart]) => [id, translateChart(chart, words.charts[id])]));
  const corrections = words.corrections.length === topic.data.corrections.length ? words.corrections : topic.data.corrections;
  return {
    topic: { ...topic, data: { ...topic.data, title: words.title, shortTitle: words.shortTitle, dek: words.dek, corrections, charts } },
    body: translation,
    translation,
    bodyLanguage: edition.language,
    outdated: topic.data.updated > words.translatedFrom,
  };
}

const renders = new WeakMap<TopicEntry | TranslationEntry, ReturnType<typeof render>>();

/**
 * The body a page shows, rendered: in a build, an untranslated topic's body is the original's,
 * rendered once for every edition that shows it. The preview renders it on every request, so an
 * edited body shows at once.
 */
export function renderBody(shown: EditionTopic): ReturnType<typeof render> {
  return import.meta.env.PROD ? kept(renders, shown.body, () => render(shown.body)) : render(shown.body);
}

/** Every topic as `edition` shows it, in the site's order: translated headlines where there are translations. */
export function editionTopics(edition: Edition, content: SiteContent): TopicEntry[] {
  return content.topics.map((topic) => topicIn(topic, edition, content).topic);
}
