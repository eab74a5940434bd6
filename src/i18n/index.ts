import { siteConfig } from '../../site.config';
import { createLocale, type Locale } from './locale';
import type { Language } from './locales';

/** One language edition of the site: its locale, where its pages live, and what it falls back to. */
export interface Edition {
  language: Language;
  /** BCP 47 tag: "uk-UA". */
  tag: string;
  /** The language's name in itself, for the language switcher: "Українська". */
  name: string;
  /** The folder its pages live under, "" for the default edition at the root. */
  path: string;
  /** The language a topic is shown in when it has no translation into this one. */
  fallback?: Language;
  /** The site's tagline in this language. */
  tagline: string;
  locale: Locale;
}

/** Every edition, the default first (site.config.ts). */
export const editions: Edition[] = siteConfig.editions.map((edition) => ({
  ...edition,
  language: edition.language as Language,
  fallback: 'fallback' in edition ? (edition.fallback as Language) : undefined,
  tagline: 'tagline' in edition ? edition.tagline : siteConfig.tagline,
  locale: createLocale(edition.language as Language, edition.tag),
}));

/** The edition at the root of the site. */
export const defaultEdition: Edition = editions[0]!;

/** The default edition's locale: the language of the site's root, feeds and data downloads. */
export const siteLocale: Locale = defaultEdition.locale;

/** The edition a route's `[...lang]` parameter names; the default when it names none. */
export function editionOf(lang: string | undefined): Edition {
  const edition = lang ? editions.find((e) => e.path === lang) : defaultEdition;
  if (!edition) throw new Error(`No edition at /${lang}/: editions are ${editions.map((e) => `/${e.path}`).join(', ')}`);
  return edition;
}

/**
 * The edition a page belongs to, recorded in `Astro.locals` for the layout and the components
 * inside the page: the one its `[...lang]` parameter names, unless the page is given one.
 */
export function pageEdition(page: { params: Record<string, string | undefined>; locals: App.Locals }, edition = editionOf(page.params.lang)): Edition {
  page.locals.edition = edition;
  return edition;
}

/** The edition of a language. */
export function editionFor(language: string): Edition | undefined {
  return editions.find((e) => e.language === language);
}

/** `getStaticPaths` parameters for a page that exists in every edition. */
export const editionParams = () => editions.map((edition) => ({ lang: edition.path || undefined }));

/** A path within an edition: `editionPath(uk, 'topics/siversk/')` -> `uk/topics/siversk/`. */
export const editionPath = (edition: Edition, path = '') => (edition.path ? `${edition.path}/${path.replace(/^\//, '')}` : path.replace(/^\//, ''));
