/** Measures rendered text in SVG units; given to chart layouts through their context. */
export interface TextMeasure {
  /** The advance width of `text` at `size` px, bold or regular. */
  width(text: string, size: number, bold?: boolean): number;
  /** How far a line's box reaches above its baseline and below it, in ems, as browsers measure text boxes. */
  ascent: number;
  descent: number;
}

/** Greedy word wrap to `maxWidth`; a single long word is never split. */
export function wrapText(text: string, size: number, maxWidth: number, measure: TextMeasure, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure.width(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
