import { defaults } from '../charts/defaults.ts';
import { paletteCss } from '../lib/palette.ts';

/**
 * Every design token as CSS custom properties, generated from the one place each is defined: the
 * palette, and the chart type sizes the layouts measure text with. Served as a stylesheet
 * (`virtual:design-tokens.css`), so pages carry no inline style.
 */
export function designTokensCss(): string {
  const chart = { 'font-size': `${defaults.fontSize}px`, 'small-font-size': `${defaults.smallFontSize}px`, 'line-height': `${defaults.lineHeight}px` };
  const props = [
    ...Object.entries(chart).map(([name, value]) => [`chart-${name}`, value]),
    ...Object.entries(textSteps).map(([name, value]) => [`text-${name}`, value]),
  ];
  return `${paletteCss()}:root{${props.map(([name, value]) => `--${name}:${value};`).join('')}}`;
}

/**
 * The page text's type scale: the only sizes its text face is set in, apart from the headings'.
 * Few on purpose. Every size of every face is a font instance the browser sets up on a page's
 * first layout, once for the fallback face and again when the web font arrives; a topic page
 * had 26 of them (12.75, 12.8, 13.6, 14.4 and 14.72 px for small text alone), and setting them
 * up was a fifth to a half of its layout time in Lighthouse's traces (docs/performance.md, "Where
 * the first layout's time goes: font instances").
 */
export const textSteps = { xs: '0.8rem', sm: '0.875rem', md: '1.0625rem', lg: '1.2rem' } as const;
