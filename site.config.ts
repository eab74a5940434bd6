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
  /** BCP 47 language tag of the content; also picks the UI strings in src/i18n/. */
  locale: 'en-GB',
  /** Path under `public/` of the image used when a page is shared on social media (1200x630 PNG). */
  socialImage: 'social.png',
  /** The home page's suggested reading order for newcomers, by topic slug; topics not listed follow none. */
  startHere: ['siversk', 'fortress-belt', 'peace-talks', 'december-strikes', 'bakhmut'],
  /** Where readers send corrections; shown in every page footer and on every topic page. */
  corrections: { email: 'corrections@example.org', policyNote: 'We correct errors promptly and log every correction on the page.' },
} as const;
