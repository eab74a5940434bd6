/** Every chart's shared geometry and type sizes, in SVG user units (1 unit = 1 CSS px at design width). */
export const defaults = {
  /** Design widths of the three renders: phones, small tablets and columns, wide screens. */
  widths: { narrow: 300, medium: 480, wide: 680 },
  fontSize: 14,
  smallFontSize: 13,
  lineHeight: 17,
  margin: { top: 12, right: 12, bottom: 28, left: 12 },
  tickCount: { narrow: 3, medium: 4, wide: 6 },
  /** Minimum gap between two labels, so focus rings and descenders never touch. */
  labelGap: 4,
} as const;

export type Variant = keyof typeof defaults.widths;

/** Rounds to 0.1 unit: enough for crisp rendering, small and identical across machines. */
export const round = (value: number) => Math.round(value * 10) / 10;
