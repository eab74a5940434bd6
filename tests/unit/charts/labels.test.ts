import { describe, expect, it } from 'vitest';
import { distanceToBox, leaderLine, placeLabel, pointCandidates, textBox } from '../../../src/charts/labels';

const bounds = { x: 0, y: 0, width: 300, height: 200 };

describe('placeLabel', () => {
  it('takes the first candidate that is clear of obstacles and inside the frame', () => {
    const label = placeLabel('Siversk', pointCandidates(100, 100, 5), [], bounds);
    expect(label).toMatchObject({ x: 109, anchor: 'start', clear: true });
  });

  it('moves to the left when the right side is taken', () => {
    const blocker = textBox('Lysychansk', 109, 104.9, 'start');
    const label = placeLabel('Siversk', pointCandidates(100, 100, 5), [blocker], bounds);
    expect(label).toMatchObject({ anchor: 'end', clear: true });
  });

  it('never places a name nearer another place than its own when a clear spot exists', () => {
    const other = { x: 130, y: 100 };
    const ambiguous = (box: { x: number; y: number; width: number; height: number }) =>
      distanceToBox(other.x, other.y, box) < distanceToBox(100, 100, box);
    const label = placeLabel('Kyiv', pointCandidates(100, 100, 5), [], bounds, 14, ambiguous);
    expect(ambiguous(label.box)).toBe(false);
  });

  it('reports clear: false rather than pretending when every spot collides', () => {
    const wall = [{ x: 0, y: 0, width: 300, height: 200 }];
    expect(placeLabel('Siversk', pointCandidates(100, 100, 5), wall, bounds).clear).toBe(false);
  });

  it('draws a leader line only for a label placed away from its mark', () => {
    const near = placeLabel('A', pointCandidates(100, 100, 5), [], bounds);
    expect(leaderLine(near)).toBeNull();
    const far = placeLabel('A', pointCandidates(100, 100, 5).filter((c) => c.leader), [], bounds);
    expect(leaderLine(far)).toMatch(/^M100,100L[\d.]+,[\d.]+$/);
  });
});
