import { editionPath, type Edition } from '../i18n';
import { fill, type Locale } from '../i18n/locale';
import type { Source } from '../schemas/source';
import { withSiteName } from './page-title';
import type { EditionTopic, SiteContent, TopicEntry } from './site-content';
import { absoluteUrl, url } from './urls';

/** What a topic page hands to the components inside its MDX. */
export interface TopicPage {
  topic: TopicEntry;
  content: SiteContent;
  locale: Locale;
  /**
   * The edition the body is written for, whose words (`locale`) and addresses it uses: the page's
   * own, or the original's on an edition's copy of an untranslated topic, which shows the original's
   * body as its own page does.
   */
  edition: Edition;
  /** The page's sources in the order they are listed (and numbered) at its foot. */
  sourceList: Source[];
  /** Titles of the page's "How we reported this" entries, by id. */
  methods: Record<string, string>;
  /** An embed page: links to the page's own sections point at the explainer instead. */
  embedded?: boolean;
}

/** The page's sources: those its frontmatter lists, then any outlet they reached us through. */
export function pageSources(topic: TopicEntry, content: SiteContent): Source[] {
  const ids = [...topic.data.sources];
  for (const id of topic.data.sources) {
    const via = content.sources.get(id)?.via;
    if (via && !ids.includes(via)) ids.push(via);
  }
  return ids.map((id) => {
    const source = content.sources.get(id);
    if (!source) throw new Error(`${topic.filePath}: sources lists "${id}", which does not exist; add content/sources/${id}.yaml or fix the id.`);
    return source;
  });
}

/**
 * The titles of a page's `<Method id title>` entries, read from its MDX source: what an embed page
 * needs to name them, without rendering the whole article (remark-methods.mjs does the same for
 * the page itself).
 */
export function methodTitles(body: string | undefined): Record<string, string> {
  const methods: Record<string, string> = {};
  for (const match of (body ?? '').matchAll(/<Method\s+([^>]*)>/g)) {
    const id = /\bid="([^"]+)"/.exec(match[1]!)?.[1];
    if (id) methods[id] = /\btitle="([^"]+)"/.exec(match[1]!)?.[1] ?? id;
  }
  return methods;
}

/**
 * The charts of a topic (as an edition shows it) that its text does not place: a translation may
 * leave one out, and its embed page cannot then be kept from the topic page (EmbedCopy.astro). Read
 * from the MDX source, as methodTitles is; code spans and fenced blocks do not place a chart. A
 * `<Chart>` this reading counts that does not render (inside an MDX comment) leaves its embed page
 * unkept, and the build fails naming it (src/lib/embed-pages.ts).
 */
export function unplacedCharts(shown: EditionTopic): string[] {
  const text = (shown.body.body ?? '').replace(/^ *(`{3,}|~{3,})[\s\S]*?^ *\1/gm, '').replace(/`[^`\n]*`/g, '');
  const placed = new Set([...text.matchAll(/<Chart\s[^>]*?\bid="([^"]+)"/g)].map((match) => match[1]!));
  return Object.keys(shown.topic.data.charts).filter((chart) => !placed.has(chart));
}

/** Where a build writes a chart's embed page, under the output folder. */
export const embedPagePath = (edition: Edition, topic: string, chart: string) => editionPath(edition, `embed/${topic}/${chart}/index.html`);

/**
 * Where a build writes the shell page that embed pages are written into (src/lib/embed-pages.ts):
 * the edition's, or one topic's (for the charts its text does not place).
 */
export const embedShellPath = (edition: Edition, topic?: string) =>
  editionPath(edition, topic === undefined ? 'embed/index.html' : `embed/${topic}/index.html`);

/** What an embed page hands to its chart: the topic as shown in its edition, its sources and methods. */
export function embedTopicPage(shown: EditionTopic, content: SiteContent, edition: Edition): TopicPage {
  return {
    topic: shown.topic,
    content,
    locale: edition.locale,
    edition,
    sourceList: pageSources(shown.topic, content),
    methods: methodTitles(shown.body.body),
    embedded: true,
  };
}

/** An embed page's words and addresses: its title, description, the explainer it links back to. */
export function embedFacts(topic: TopicEntry, chart: string, edition: Edition, site: URL | undefined) {
  const spec = topic.data.charts[chart]!;
  const explainer = editionPath(edition, `topics/${topic.id}/`);
  const anchor = `#chart-${topic.id}-${chart}`;
  return {
    title: withSiteName(spec.title),
    description: spec.takeaway,
    // The explainer's address for this chart is the embed's canonical: the explainer ranks, not the copy.
    canonical: absoluteUrl(explainer, site) + anchor,
    back: { href: url(explainer) + anchor, text: fill(edition.locale.t.chart.share.backTo, { title: topic.data.title }) },
  };
}

/**
 * Topic bodies rendered on the original's page and kept for its copies, in a build. An edition
 * that has no translation of a topic shows the original's body exactly as the original's page does
 * (its words, numbers and links), so the copy takes that page's rendering instead of rendering the
 * body again: at 1,000 topics the copies were a seventh of the build (docs/performance.md). A body
 * is kept until each copy has taken it; `getStaticPaths` puts a topic's copies right after its
 * original, so about one body waits at a time. The preview keeps none: it renders each page anew.
 */
const keptBodies = new Map<string, { html: string; copies: number }>();

/** Keeps `html`, the original body of topic `id`, for the `copies` pages that show it. */
export function keepBody(id: string, html: string, copies: number): void {
  if (copies > 0) keptBodies.set(id, { html, copies });
}

/** The original body of topic `id` kept by its page, if it was (keepBody); each copy takes it once. */
export function takeBody(id: string): string | undefined {
  const kept = keptBodies.get(id);
  if (!kept) return undefined;
  if (--kept.copies === 0) keptBodies.delete(id);
  return kept.html;
}
