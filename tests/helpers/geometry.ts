import { overlaps, type Box } from '../../src/charts/boxes';

/** Every pair of boxes that share area, as readable strings for an assertion. */
export function collisions(boxes: { name: string; box: Box }[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlaps(a.box, b.box) && found.push(`${a.name} × ${b.name}`)));
  return found;
}
