/**
 * A deliberately generous estimate of rendered text width, in the same units as the font size.
 * Readers' system fonts differ (DejaVu Sans is wide, Helvetica narrow), so layouts reserve the
 * width of a wide sans-serif: labels may have spare room, but never collide.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (/[ilj.,:;'|!]/.test(char)) ems += 0.32;
    else if (/[ \-()[\]/f1tr]/.test(char)) ems += 0.42;
    else if (/[MWmw@%–—]/.test(char)) ems += 0.95;
    else if (/[A-Z0-9]/.test(char)) ems += 0.72;
    else ems += 0.62;
  }
  return ems * fontSize;
}

/** Greedy word wrap to `maxWidth`; a single long word is never split. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
