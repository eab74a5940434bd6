import type { Element } from 'hast';
import { svg } from '../../svg';
import type { RenderIds } from '../../types';
import type { BarScene } from './layout';

export function renderBars(scene: BarScene, ids: RenderIds): Element {
  const patternId = `${ids.prefix}-range`;
  return svg(
    'svg',
    { viewBox: `0 0 ${scene.width} ${scene.height}`, width: scene.width, height: scene.height, role: 'img', ariaLabelledBy: ids.labelledBy, class: 'chart-svg' },
    scene.rows.some((row) => row.range)
      ? svg('defs', [
          svg('pattern', { id: patternId, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
            svg('rect', { class: 'range-fill', width: 6, height: 6 }),
            svg('line', { class: 'range-hatch', x1: 0, y1: 0, x2: 0, y2: 6 }),
          ]),
        ])
      : [],
    scene.rows.map((row) =>
      svg('g', { class: 'bar-row' }, [
        svg(
          'text',
          { class: 'bar__label', x: row.label.x, y: row.label.y },
          row.label.lines.map((line, i) => svg('tspan', { x: row.label.x, dy: i === 0 ? row.label.firstBaseline : row.label.lineHeight }, line)),
        ),
        svg('rect', { class: 'bar', x: row.bar.x, y: row.bar.y, width: row.bar.width, height: row.bar.height, dataTip: row.tip }),
        row.range
          ? svg('rect', { class: 'bar-range', x: row.range.x, y: row.range.y, width: row.range.width, height: row.range.height, fill: `url(#${patternId})` })
          : [],
        ...row.reports.flatMap((report) => [
          svg('line', { class: 'bar-report', x1: report.x, x2: report.x, y1: report.y1, y2: report.y2 }),
          report.chevron ? svg('path', { class: 'bar-open', d: report.chevron }) : [],
        ]),
        svg('text', { class: 'bar__value', x: row.value.x, y: row.value.y }, row.value.text),
      ]),
    ),
    svg('line', { class: 'axis', x1: scene.baseline.x, x2: scene.baseline.x, y1: scene.baseline.y1, y2: scene.baseline.y2 }),
  );
}
