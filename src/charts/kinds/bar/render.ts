import type { Element } from 'hast';
import { svg } from '../../svg';
import type { RenderIds } from '../../types';
import type { BarScene } from './layout';

/** The span between differing reports: a pale box with diagonal hatching, in the chart and in its key. */
export function rangeMark(box: { x: number; y: number; width: number; height: number; hatch: string }): Element[] {
  return [svg('rect', { class: 'bar-range', x: box.x, y: box.y, width: box.width, height: box.height }), svg('path', { class: 'range-hatch', d: box.hatch })];
}

export function renderBars(scene: BarScene, ids: RenderIds): Element {
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
      svg('g', { class: 'bar-row' }, [
        svg(
          'text',
          { class: 'bar__label', x: row.label.x, y: row.label.y },
          row.label.lines.map((line, i) => svg('tspan', { x: row.label.x, dy: i === 0 ? 0 : row.label.lineHeight }, line)),
        ),
        row.track ? svg('rect', { class: 'bar-track', x: row.track.x, y: row.track.y, width: row.track.width, height: row.track.height }) : [],
        svg('rect', { class: 'bar', x: row.bar.x, y: row.bar.y, width: row.bar.width, height: row.bar.height, dataTip: row.tip }),
        ...(row.range ? rangeMark(row.range) : []),
        ...row.reports.flatMap((report) => [
          svg('path', { class: 'bar-report', d: report.tick }),
          report.arrow ? svg('path', { class: 'bar-open', d: report.arrow }) : [],
        ]),
        svg('text', { class: 'bar__value', x: row.value.x, y: row.value.y }, row.value.text),
      ]),
    ),
    svg('line', { class: 'axis', x1: scene.baseline.x, x2: scene.baseline.x, y1: scene.baseline.y1, y2: scene.baseline.y2 }),
    axis
      ? svg('g', { class: 'tick' }, [
          svg('line', { class: 'axis', x1: axis.x1, x2: axis.x2, y1: axis.y, y2: axis.y }),
          ...axis.ticks.flatMap((tick, i) => [
            svg('line', { x1: tick.x, x2: tick.x, y1: axis.y, y2: axis.y + 4 }),
            svg('text', { x: tick.x, y: tick.labelY, textAnchor: i === 0 ? 'start' : i === axis.ticks.length - 1 ? 'end' : 'middle' }, tick.label),
          ]),
        ])
      : [],
  );
}
