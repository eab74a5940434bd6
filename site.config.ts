/**
 * Everything that makes this site one newsroom's: edit this file and `content/` to rebrand it.
 * Components read identity from here and never hard-code it.
 */
export const siteConfig = {
  /** Shown in the header, page titles and feeds. */
  name: 'Frontline Explainers',
  /** One line under the name on the home page and in feed descriptions. */
  tagline: 'Sourced explainers on the war in Ukraine, with every figure traced to who reported it.',
  /** The organisation responsible for the content, for bylines' fallback and structured data. */
  publisher: 'Frontline Explainers newsroom',
  /** Path under `public/` of the logo (SVG recommended). */
  logo: 'logo.svg',
  /**
   * The site's editions, one per language: the first at the root of the site, each other under its
   * own path. `language` picks the interface strings in src/i18n/, `tag` the Intl conventions for
   * numbers and dates. A topic not yet translated into an edition's language is shown in the
   * `fallback` edition's language, with a notice. A third edition is a line here, a dictionary in
   * src/i18n/ and translated content in content/topics/<language>/.
   */
  editions: [
    { language: 'en', tag: 'en-GB', name: 'English', path: '' },
    {
      language: 'uk',
      tag: 'uk-UA',
      name: 'Українська',
      path: 'uk',
      fallback: 'en',
      tagline: 'Пояснення про війну в Україні з джерелами: кожне число простежено до того, хто його повідомив.',
    },
  ],
  /** Path under `public/` of the image used when a page is shared on social media (1200x630 PNG). */
  socialImage: 'social.png',
  /** The home page's suggested reading order for newcomers, by topic slug; topics not listed follow none. */
  startHere: ['siversk', 'fortress-belt', 'peace-talks', 'december-strikes', 'bakhmut'],
  /** Where readers send corrections; shown in every page footer and on every topic page. */
  corrections: { email: 'corrections@example.org', policyNote: 'We correct errors promptly and log every correction on the page.' },
} as const;
