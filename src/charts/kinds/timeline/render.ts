import type { Element } from 'hast';
import { svg } from '../../svg';
import { symbolPath, type SymbolShape } from '../../symbols';
import type { RenderIds } from '../../types';
import type { TimelineScene } from './layout';
import type { MarkKind } from './model';

/** The shape of each mark: the shape carries the status, so colour is never the only cue. */
export const markShapes: Record<MarkKind, SymbolShape> = { confirmed: 'circle', claimed: 'circle', disputed: 'diamond', unverified: 'triangle', statement: 'square' };

/** One status symbol, in the chart and in its key. */
export function statusMark(mark: MarkKind, x: number, y: number, r: number, tip?: string): Element {
  return svg('path', { class: `mark mark--${mark}`, d: symbolPath(markShapes[mark], x, y, r), dataTip: tip });
}

export function renderTimeline(scene: TimelineScene, ids: RenderIds): Element {
  return svg(
    'svg',
    { viewBox: `0 0 ${scene.width} ${scene.height}`, width: scene.width, height: scene.height, role: 'img', ariaLabelledBy: ids.labelledBy, class: 'chart-svg' },
    svg('line', { class: 'axis', x1: scene.axis.x, x2: scene.axis.x, y1: scene.axis.y1, y2: scene.axis.y2 }),
    scene.ticks.map((tick) =>
      svg('g', { class: 'tick' }, [
        svg('line', { x1: tick.x1, x2: tick.x2, y1: tick.y, y2: tick.y }),
        svg('text', { x: tick.labelX, y: tick.labelY, textAnchor: 'end' }, tick.label),
      ]),
    ),
    scene.marks.map((mark) =>
      svg('g', { class: `event event--${mark.mark}` }, [
        svg('path', { class: 'connector', d: mark.connector }),
        svg('circle', { class: 'event__dot', cx: mark.dot.x, cy: mark.dot.y, r: mark.dot.r }),
        statusMark(mark.mark, mark.x, mark.y, mark.r, mark.tip),
        svg('text', { class: 'event__label', x: mark.label.x, y: mark.label.y }, [
          svg('tspan', { class: 'event__date', x: mark.label.x, dy: mark.label.firstBaseline }, mark.label.date),
          ...mark.label.status.map((line) => svg('tspan', { class: 'event__status', x: mark.label.x, dy: mark.label.lineHeight }, line)),
          ...mark.label.lines.map((line) => svg('tspan', { x: mark.label.x, dy: mark.label.lineHeight }, line)),
        ]),
      ]),
    ),
  );
}
