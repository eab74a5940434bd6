import type { Element } from 'hast';
import { svg } from '../../svg';
import { symbolPath, type SymbolShape } from '../../symbols';
import type { RenderIds } from '../../types';
import type { TimelineScene } from './layout';
import type { MarkKind } from './model';

/** The shape of each mark: the shape carries the status, so colour is never the only cue. */
export const markShapes: Record<MarkKind, SymbolShape> = {
  confirmed: 'circle',
  claimed: 'circle',
  disputed: 'diamond',
  unverified: 'triangle',
  statement: 'square',
};

/** One status symbol, in the chart and in its key. */
export function statusMark(mark: MarkKind, x: number, y: number, r: number, tip?: string): Element {
  return svg('path', { class: `mark mark--${mark}`, d: symbolPath(markShapes[mark], x, y, r), dataTip: tip });
}

const lineClass = { date: 'event__date', status: 'event__status', label: undefined, annotation: 'annotation-text' };

export function renderTimeline(scene: TimelineScene, ids: RenderIds): Element {
  return svg(
    'svg',
    {
      viewBox: `0 0 ${scene.width} ${scene.height}`,
      width: scene.width,
      height: scene.height,
      role: 'img',
      ariaLabelledBy: ids.labelledBy,
      class: 'chart-svg',
    },
    scene.axis.map((piece) => svg('line', { class: 'axis', x1: piece.x, x2: piece.x, y1: piece.y1, y2: piece.y2 })),
    scene.breaks.map((gap) =>
      svg('g', { class: 'axis-break' }, [svg('path', { d: gap.path }), svg('text', { x: gap.label.x, y: gap.label.y }, gap.label.text)]),
    ),
    scene.connectors.map((d) => svg('path', { class: 'connector', d })),
    scene.days.map((day) => svg('circle', { class: 'event__dot', cx: day.x, cy: day.y, r: day.r })),
    scene.marks.map((mark) =>
      svg('g', { class: `event event--${mark.mark}` }, [
        statusMark(mark.mark, mark.x, mark.y, mark.r, mark.tip),
        svg(
          'text',
          { class: 'event__label', x: mark.label.x, y: mark.label.y },
          mark.label.lines.map((line, i) => svg('tspan', { class: lineClass[line.kind], x: mark.label.x, dy: i === 0 ? 0 : mark.label.lineHeight }, line.text)),
        ),
      ]),
    ),
  );
}
