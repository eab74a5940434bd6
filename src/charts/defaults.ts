/** Every chart's shared geometry and type sizes, in SVG user units (1 unit = 1 CSS px at design width). */
export const defaults = {
  /** Design widths of the two renders: the narrow one serves phones, the wide one everything else. */
  widths: { narrow: 340, wide: 680 },
  fontSize: 13,
  smallFontSize: 12,
  lineHeight: 16,
  margin: { top: 12, right: 12, bottom: 28, left: 12 },
  tickCount: { narrow: 3, wide: 6 },
  /** Minimum gap between two labels, so focus rings and descenders never touch. */
  labelGap: 4,
} as const;

export type Variant = keyof typeof defaults.widths;

/** Rounds to 0.1 unit: enough for crisp rendering, small and identical across machines. */
export const round = (value: number) => Math.round(value * 10) / 10;
