import { designTokensCss } from '../styles/tokens.ts';

const id = 'virtual:design-tokens.css';

/** Serves `virtual:design-tokens.css`, the palette and chart sizes as CSS custom properties. */
export function designTokens() {
  return {
    name: 'design-tokens',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? designTokensCss() : undefined),
  };
}
