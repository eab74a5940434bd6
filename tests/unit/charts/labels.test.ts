import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../src/charts/boxes';
import { LabelPlacer, pointCandidates, segmentHitsBox } from '../../../src/charts/labels';
import { fontMeasure } from '../../../src/lib/text-measure';

const frame = { x: 0, y: 0, width: 300, height: 200 };
const placer = () => new LabelPlacer(frame, fontMeasure);
const name = (text: string) => ({ lines: [text], size: 14 });
const around = (x: number, y: number) => pointCandidates(x, y, 5, 14, fontMeasure.ascent);

describe('LabelPlacer', () => {
  it('measures a label as the browser draws it: the font’s advance widths and line box', () => {
    const box = placer().boxOf(name('Sloviansk'), { x: 10, y: 50, anchor: 'start' });
    expect(box.width).toBeCloseTo(fontMeasure.width('Sloviansk', 14), 5);
    expect(box.y).toBeCloseTo(50 - 14 * fontMeasure.ascent, 5);
    expect(box.height).toBeCloseTo(14 * (fontMeasure.ascent + fontMeasure.descent), 5);
  });

  it('takes the first candidate that is clear of reserved space and inside the frame', () => {
    const label = placer().place(name('Siversk'), around(100, 100))!;
    expect(label).toMatchObject({ anchor: 'start', clear: true, leaderPath: null });
    expect(label.x).toBeGreaterThan(100);
  });

  it('moves a label to another side when the first is taken, and never onto what it avoids', () => {
    const labels = placer();
    const first = labels.place(name('Lysychansk'), [{ x: 108, y: 104.6, anchor: 'start' }])!;
    const second = labels.place(name('Siversk'), around(100, 100))!;
    expect(second.clear).toBe(true);
    expect(overlaps(first.box, second.box)).toBe(false);
  });

  it('keeps a label off a route line reserved before it', () => {
    const labels = placer().avoidLine(0, 103, 300, 103);
    const label = labels.place(name('Siversk'), around(100, 100))!;
    expect(segmentHitsBox({ x1: 0, y1: 103, x2: 300, y2: 103 }, label.box)).toBe(false);
  });

  it('joins a far label to its point with a leader that crosses no other label', () => {
    const labels = placer();
    // Wall off the near ring so only the far, leader-carrying candidates remain.
    for (const candidate of around(100, 100).filter((c) => !c.leader)) labels.avoid({ ...labels.boxOf(name('Ab'), candidate), kind: 'mark' });
    const label = labels.place(name('Ab'), around(100, 100))!;
    expect(label.leaderPath).toMatch(/^M100,100L/);
    expect(label.clear).toBe(true);
  });

  it('rejects a position nearer another place than its own, as a reader would misread it', () => {
    const misleading = (box: { x: number }) => box.x > 100;
    const label = placer().place(name('Kyiv'), around(100, 100), { misleading })!;
    expect(label.anchor).not.toBe('start');
  });

  it('leaves out an optional label with no clear position, and takes the least bad position for one that is required', () => {
    const labels = placer().avoid({ x: 0, y: 0, width: 300, height: 200 });
    expect(labels.place(name('Black Sea'), around(100, 100), { optional: true })).toBeNull();
    expect(labels.place(name('Siversk'), around(100, 100))!.clear).toBe(false);
  });

  it('never places a label outside the frame when a position inside exists', () => {
    const label = placer().place(name('Kostiantynivka'), around(295, 100))!;
    expect(label.box.x + label.box.width).toBeLessThanOrEqual(300);
    expect(label.clear).toBe(true);
  });
});
