/**
 * Shorter SVG path data for the same shape: d3 writes every point of an outline as an absolute
 * `L x,y`; written as the step from the point before (`l dx,dy`, with the command letter said once),
 * a map's outlines take about a third fewer bytes after gzip. The points are placed on a grid of
 * half a unit (a map's units are the pixels of its widest drawing, whose outlines are already
 * simplified to what a pixel can show), so no point moves by more than a quarter of a pixel; the
 * steps are computed in whole halves and add back up to exactly those points, so nothing drifts
 * along a long border. A step that the grid makes nothing is left out.
 */
export function relativePath(d: string): string {
  // Only what d3's geoPath writes for lines and areas; anything else (a point's arcs) is left as it is.
  if (!/^[MLZ0-9.,\s-]*$/.test(d)) return d;
  const halves = (value: string) => Math.round(Number(value) * 2);
  const number = (n: number) => {
    const digits = String(Math.abs(n) / 2).replace(/^0\./, '.');
    return n < 0 ? `-${digits}` : digits;
  };
  let out = '';
  let command = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, letter, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (letter === 'Z') {
      out += 'z';
      command = 'z';
      [x, y] = [startX, startY];
      continue;
    }
    const coords = args!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(halves);
    for (let i = 0; i + 1 < coords.length; i += 2) {
      const [nextX, nextY] = [coords[i]!, coords[i + 1]!];
      // Every move says its letter; after it, line steps follow without one of their own.
      const moving = letter === 'M' && i === 0;
      if (!moving && nextX === x && nextY === y) continue;
      const step = number(nextX - x) + (nextY - y < 0 ? '' : ',') + number(nextY - y);
      if (moving) out += 'm';
      else if (command === 'z' || command === '') out += 'l';
      else if (!step.startsWith('-')) out += ' ';
      out += step;
      command = moving ? 'm' : 'l';
      [x, y] = [nextX, nextY];
      if (moving) [startX, startY] = [x, y];
    }
  }
  return out;
}
