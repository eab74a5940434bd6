import { defaults } from '../charts/defaults.ts';
import { paletteCss } from '../lib/palette.ts';

/**
 * Every design token as CSS custom properties, generated from the one place each is defined: the
 * palette, and the chart type sizes the layouts measure text with. Served as a stylesheet
 * (`virtual:design-tokens.css`), so pages carry no inline style.
 */
export function designTokensCss(): string {
  const chart = { 'font-size': `${defaults.fontSize}px`, 'small-font-size': `${defaults.smallFontSize}px`, 'line-height': `${defaults.lineHeight}px` };
  return `${paletteCss()}:root{${Object.entries(chart)
    .map(([name, value]) => `--chart-${name}:${value};`)
    .join('')}}`;
}
