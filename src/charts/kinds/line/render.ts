import type { Element } from 'hast';
import { svg } from '../../svg';
import type { RenderIds } from '../../types';
import type { LineScene } from './layout';

export function renderLine(scene: LineScene, ids: RenderIds): Element {
  const { plot } = scene;
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
    scene.yTicks.map((tick) =>
      svg('g', { class: 'tick' }, [
        svg('line', { class: 'grid', x1: plot.x, x2: plot.x + plot.width, y1: tick.y, y2: tick.y }),
        svg('text', { x: tick.labelX, y: tick.labelY, textAnchor: 'end' }, tick.label),
      ]),
    ),
    scene.xTicks.map((tick) =>
      svg('g', { class: 'tick' }, [
        svg('line', { x1: tick.x, x2: tick.x, y1: tick.y1, y2: tick.y2 }),
        svg('text', { x: tick.x, y: tick.labelY, textAnchor: 'middle' }, tick.label),
      ]),
    ),
    svg('line', { class: 'axis', x1: plot.x, x2: plot.x + plot.width, y1: plot.y + plot.height, y2: plot.y + plot.height }),
    scene.annotations.map((note) =>
      svg('g', { class: 'annotation' }, [
        note.x2 === undefined ? [] : svg('rect', { class: 'annotation__span', x: note.x, y: note.y1, width: note.x2 - note.x, height: note.y2 - note.y1 }),
        svg('line', { x1: note.x, x2: note.x, y1: note.y1, y2: note.y2 }),
        svg(
          'text',
          { x: note.label.x, y: note.label.y, textAnchor: note.label.anchor },
          note.label.lines.map((line, i) => svg('tspan', { x: note.label.x, dy: i === 0 ? 0 : note.label.lineHeight }, line)),
        ),
      ]),
    ),
    scene.series.map((series) =>
      svg('g', { class: 'series' }, [
        svg('path', { class: series.interpolated ? 'series__line series__line--interpolated' : 'series__line', d: series.path }),
        ...series.points.map((point) => svg('circle', { class: 'mark mark--point', cx: point.x, cy: point.y, r: point.r, dataTip: point.tip })),
        svg('text', { class: 'series__end', x: series.endLabel.x, y: series.endLabel.y, textAnchor: series.endLabel.anchor }, series.endLabel.text),
      ]),
    ),
  );
}
