import { fontProviders } from 'astro/config';

/** The unicode ranges of Fontsource's subsets: a page downloads only the subsets its text needs. */
const ranges = {
  latin: [
    'U+0000-00FF',
    'U+0131',
    'U+0152-0153',
    'U+02BB-02BC',
    'U+02C6',
    'U+02DA',
    'U+02DC',
    'U+0304',
    'U+0308',
    'U+0329',
    'U+2000-206F',
    'U+20AC',
    'U+2122',
    'U+2191',
    'U+2193',
    'U+2212',
    'U+2215',
    'U+FEFF',
    'U+FFFD',
  ],
  'latin-ext': [
    'U+0100-02BA',
    'U+02BD-02C5',
    'U+02C7-02CC',
    'U+02CE-02D7',
    'U+02DD-02FF',
    'U+1D00-1DBF',
    'U+1E00-1E9F',
    'U+1EF2-1EFF',
    'U+2020',
    'U+20A0-20AB',
    'U+20AD-20C4',
    'U+2113',
    'U+2C60-2C7F',
    'U+A720-A7FF',
  ],
  cyrillic: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
};

/** One @font-face per weight and subset, from the files Fontsource ships (SIL Open Font License). */
const variants = (family, weights) =>
  weights.flatMap((weight) =>
    Object.entries(ranges).map(([subset, unicodeRange]) => ({
      src: [`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff2`],
      weight,
      style: 'normal',
      unicodeRange,
    })),
  );

/**
 * The site's two typefaces, self-hosted: Source Sans 3 for text and charts (whose labels are laid
 * out with its metrics, see src/lib/text-measure.ts) and Source Serif 4 for headlines. Astro's font
 * API serves them from the site's own origin and adds metric-matched fallbacks, so text does not
 * jump when they arrive.
 */
export const fonts = [
  {
    provider: fontProviders.local(),
    name: 'Source Sans 3',
    cssVariable: '--font-sans',
    fallbacks: ['system-ui', 'sans-serif'],
    options: { variants: variants('source-sans-3', [400, 700]) },
  },
  {
    provider: fontProviders.local(),
    name: 'Source Serif 4',
    cssVariable: '--font-serif',
    fallbacks: ['Georgia', 'serif'],
    options: { variants: variants('source-serif-4', [700]) },
  },
];
