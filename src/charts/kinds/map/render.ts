import type { Element } from 'hast';
import { svg } from '../../svg';
import { symbolPath, type SymbolShape } from '../../symbols';
import type { RenderIds } from '../../types';
import type { MapScene } from './layout';

/** A place symbol: each highlighted group has its own shape, so groups never rely on colour. */
export function groupMark(shape: SymbolShape, x: number, y: number, group: number, r = 5, tip?: string): Element {
  return svg('path', { class: `mark place place--group-${group}`, d: symbolPath(shape, x, y, shape === 'circle' ? r - 1 : r), dataTip: tip });
}

export function renderMap(scene: MapScene, ids: RenderIds): Element {
  return svg(
    'svg',
    { viewBox: `0 0 ${scene.width} ${scene.height}`, width: scene.width, height: scene.height, role: 'img', ariaLabelledBy: ids.labelledBy, class: 'chart-svg' },
    svg('rect', { class: 'sea', width: scene.width, height: scene.height }),
    scene.countries.map((country) => svg('path', { class: country.focus ? 'country country--focus' : 'country', d: country.path })),
    scene.lines.map((line) => svg('path', { class: 'route', d: line.path, dataTip: line.tip })),
    scene.inset
      ? svg('g', { class: 'inset', ariaHidden: 'true' }, [
          svg('rect', { class: 'inset__box', x: scene.inset.box.x, y: scene.inset.box.y, width: scene.inset.box.width, height: scene.inset.box.height }),
          svg('path', { class: 'country country--focus', d: scene.inset.country }),
          svg('path', { class: 'inset__frame', d: scene.inset.frame }),
        ])
      : [],
    svg('g', { class: 'scale-bar' }, [svg('path', { d: scene.scaleBar.path }), svg('text', { x: scene.scaleBar.x, y: scene.scaleBar.labelY }, scene.scaleBar.label)]),
    scene.points.flatMap((point) => (point.leader ? [svg('path', { class: 'leader', d: point.leader })] : [])),
    scene.points.map((point) => groupMark(point.shape, point.x, point.y, point.group, point.r, point.tip)),
    scene.points.map((point) =>
      svg(
        'text',
        { class: point.group ? 'place-label place-label--group' : 'place-label', x: point.label.x, y: point.label.y, textAnchor: point.label.anchor },
        point.label.text,
      ),
    ),
    scene.lines.map((line) => svg('text', { class: 'route-label', x: line.label.x, y: line.label.y, textAnchor: line.label.anchor }, line.label.text)),
  );
}
