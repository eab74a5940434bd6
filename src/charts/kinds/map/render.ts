import type { Element } from 'hast';
import { labelText, svg } from '../../svg';
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
    {
      viewBox: `0 0 ${scene.width} ${scene.height}`,
      width: scene.width,
      height: scene.height,
      role: 'img',
      ariaLabelledBy: ids.labelledBy,
      class: 'chart-svg chart-svg--map',
    },
    svg('rect', { class: 'sea', width: scene.width, height: scene.height }),
    scene.countries.map((country) => svg('path', { class: country.focus ? 'country country--focus' : 'country', d: country.path })),
    scene.highlights.map((area) => svg('path', { class: 'area area--highlight', d: area.path })),
    scene.layerLines.map((line) => svg('path', { class: `layer layer--${line.kind} layer--${line.layer}`, d: line.path })),
    scene.routes.map((route) => svg('path', { class: 'route', d: route.path, dataTip: route.tip })),
    scene.inset
      ? svg('g', { class: 'inset', ariaHidden: 'true' }, [
          svg('rect', { class: 'inset__box', x: scene.inset.box.x, y: scene.inset.box.y, width: scene.inset.box.width, height: scene.inset.box.height }),
          svg('path', { class: 'country country--focus', d: scene.inset.country }),
          svg('path', { class: 'inset__frame', d: scene.inset.frame }),
        ])
      : [],
    svg('g', { class: 'scale-bar' }, [
      svg('path', { d: scene.scaleBar.path }),
      svg('text', { x: scene.scaleBar.x, y: scene.scaleBar.labelY }, scene.scaleBar.label),
    ]),
    scene.contextLabels.map(({ kind, label }) => labelText(label, `context-label context-label--${kind}`)),
    [...scene.points, ...scene.routes].flatMap(({ label }) => (label.leaderPath ? [svg('path', { class: 'leader', d: label.leaderPath })] : [])),
    scene.points.map((point) => groupMark(point.shape, point.x, point.y, point.group, point.r, point.tip)),
    scene.points.map((point) => labelText(point.label, point.group ? 'place-label place-label--group' : 'place-label')),
    scene.routes.map((route) => labelText(route.label, 'route-label', ['route-label__computed', 'route-label__reported'])),
  );
}
