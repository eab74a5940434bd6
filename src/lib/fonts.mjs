import { fontProviders } from 'astro/config';
import { ranges } from './font-subsets.mjs';

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
 * jump when they arrive. Astro matches those to the last generic family in `fallbacks`: with
 * `system-ui` last, the text face gets one for each platform's own font (Segoe UI, Roboto,
 * Helvetica Neue, Arial), where `sans-serif` gave Arial alone, which Android phones do not have,
 * so their text jumped when Source Sans arrived.
 */
export const fonts = [
  {
    provider: fontProviders.local(),
    name: 'Source Sans 3',
    cssVariable: '--font-sans',
    fallbacks: ['sans-serif', 'system-ui'],
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
