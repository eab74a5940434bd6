import { fileURLToPath, pathToFileURL } from 'node:url';

const id = 'virtual:design-tokens.css';
const tokensModule = pathToFileURL(fileURLToPath(new URL('../styles/tokens.ts', import.meta.url))).href;

/** Serves `virtual:design-tokens.css`, the palette and chart sizes as CSS custom properties. */
export function designTokens() {
  return {
    name: 'design-tokens',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const { designTokensCss } = await import(tokensModule);
      return designTokensCss();
    },
  };
}
