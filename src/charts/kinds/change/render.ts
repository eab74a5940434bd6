import type { Element } from 'hast';
import { svg } from '../../svg';
import type { RenderIds } from '../../types';
import type { ChangeScene } from './layout';

export function renderChange(scene: ChangeScene, ids: RenderIds): Element {
  const { axis } = scene;
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
    scene.rows.map((row) =>
      svg('g', { class: 'change' }, [
        svg(
          'text',
          { class: 'change__label', x: row.label.x, y: row.label.y },
          row.label.lines.map((line, i) => svg('tspan', { x: row.label.x, dy: i === 0 ? 0 : row.label.lineHeight }, line)),
        ),
        svg('path', { class: 'change__shaft', d: row.shaft, dataTip: row.tip }),
        svg('path', { class: 'change__head', d: row.arrowhead }),
        svg('circle', { class: 'change__from', cx: row.from.x, cy: row.y, r: row.from.r }),
        // Each end's value and date are one text block, so they read, and measure, as one label.
        ...[row.from.label, row.to.label].map((label) =>
          svg('text', { class: 'change__end', x: label.x, y: row.valueY, textAnchor: label.anchor }, [
            svg('tspan', { class: 'change__value', x: label.x, dy: 0 }, label.value),
            svg('tspan', { class: 'change__date', x: label.x, dy: row.dateY - row.valueY }, label.date),
          ]),
        ),
      ]),
    ),
    svg('g', { class: 'tick' }, [
      svg('line', { class: 'axis', x1: axis.x1, x2: axis.x2, y1: axis.y, y2: axis.y }),
      ...axis.ticks.flatMap((tick) => [
        svg('line', { x1: tick.x, x2: tick.x, y1: axis.y, y2: axis.y + axis.tickLength }),
        svg('text', { x: tick.x, y: axis.labelY, textAnchor: 'middle' }, tick.label),
      ]),
    ]),
  );
}
