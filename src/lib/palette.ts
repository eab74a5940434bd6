/**
 * The one palette every chart and page draws from. Hues follow Okabe and Ito's colour-blind-safe
 * set, darkened for light backgrounds and lightened for dark ones so each mark keeps at least 3:1
 * contrast (WCAG 2.2 non-text contrast) and each text colour at least 4.5:1.
 */
export const palette = {
  light: {
    background: '#ffffff',
    surface: '#f4f4f1',
    text: '#1a1a1a',
    muted: '#575757',
    rule: '#767676',
    link: '#0b5cad',
    accent: '#0072b2',
    accentSoft: '#9ccbe8',
    highlight: '#c0440a',
    secondary: '#007a5a',
    water: '#dce8f0',
    river: '#5b93c7',
    riverText: '#245a8a',
    land: '#e9e7e1',
    landFocus: '#fbfaf7',
    border: '#8a8a8a',
    focus: '#b3001b',
  },
  dark: {
    background: '#121212',
    surface: '#1e1e1e',
    text: '#ececec',
    muted: '#b5b5b5',
    rule: '#8f8f8f',
    link: '#8cc4ff',
    accent: '#56b4e9',
    accentSoft: '#2b5c78',
    highlight: '#f08a4b',
    secondary: '#3ccf9f',
    water: '#16232d',
    river: '#3f78a8',
    riverText: '#8fc0ea',
    land: '#2a2a2a',
    landFocus: '#3a3a38',
    border: '#8a8a8a',
    focus: '#ffb0b0',
  },
} as const;

export type PaletteColour = keyof typeof palette.light;

const toCssVars = (colours: Record<string, string>) =>
  Object.entries(colours)
    .map(([name, value]) => `--colour-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value};`)
    .join('');

/** The palette as CSS custom properties, switching with the reader's colour-scheme preference. */
export function paletteCss(): string {
  return `:root{color-scheme:light dark;${toCssVars(palette.light)}}@media (prefers-color-scheme: dark){:root{${toCssVars(palette.dark)}}}`;
}
