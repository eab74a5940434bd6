import type { Element } from 'hast';
import { labelText, svg } from '../../svg';
import { symbolPath, type SymbolShape } from '../../symbols';
import type { RenderIds } from '../../types';
import type { MapScene } from './layout';

/** A place symbol: each highlighted group has its own shape, so groups never rely on colour. */
export function groupMark(shape: SymbolShape, x: number, y: number, group: number, r = 5, tip?: string): Element {
  return svg('path', { class: `mark place place--group-${group}`, d: symbolPath(shape, x, y, shape === 'circle' ? r - 1 : r), dataTip: tip });
}

/**
 * The map's outlines: countries, highlighted areas, layer lines and the inset's country, each as
 * one path per style. With `ids.asset` they go to a file of their own, which the browser caches and
 * fetches beside the page, and the map references them with `<use>`; styles reach them by
 * inheritance from the `<use>` element, so dark mode and print still apply.
 */
function outlines(scene: MapScene, ids: RenderIds) {
  const join = (paths: string[]) => paths.filter(Boolean).join('');
  const shapes: { key: string; class: string; d: string }[] = [
    { key: 'c', class: 'country', d: join(scene.countries.filter((c) => !c.focus).map((c) => c.path)) },
    { key: 'f', class: 'country country--focus', d: join(scene.countries.filter((c) => c.focus).map((c) => c.path)) },
    { key: 'h', class: 'area area--highlight', d: join(scene.highlights.map((area) => area.path)) },
    ...[...new Set(scene.layerLines.map((line) => `${line.kind}|${line.layer}`))].map((group, index) => {
      const [kind, layer] = group.split('|') as [string, string];
      return {
        key: `l${index}`,
        class: `layer layer--${kind} layer--${layer}`,
        d: join(scene.layerLines.filter((line) => line.kind === kind && line.layer === layer).map((line) => line.path)),
      };
    }),
  ].filter((shape) => shape.d);
  const inset = scene.inset ? { key: 'i', class: 'country country--focus', d: scene.inset.country } : null;
  // The outlines are drawn once for every width and scaled onto this one: their lines keep the
  // widths the styles give them, whatever the scale.
  const placed = (elements: Element[]) => svg('g', { transform: scene.outlineTransform }, elements);
  if (!ids.asset) {
    return {
      base: placed(shapes.map((shape) => svg('path', { class: shape.class, d: shape.d, vectorEffect: 'non-scaling-stroke' }))),
      inset: inset ? svg('path', { class: inset.class, d: inset.d }) : null,
    };
  }
  const href = ids.asset([
    ...shapes.map((shape) => ({ id: shape.key, d: shape.d, nonScalingStroke: true })),
    ...(inset ? [{ id: inset.key, d: inset.d }] : []),
  ]);
  return {
    base: placed(shapes.map((shape) => svg('use', { class: shape.class, href: href(shape.key) }))),
    inset: inset ? svg('use', { class: inset.class, href: href(inset.key) }) : null,
  };
}

export function renderMap(scene: MapScene, ids: RenderIds): Element {
  const { base, inset } = outlines(scene, ids);
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
    svg('rect', { class: 'sea', width: scene.width, height: scene.mapHeight }),
    base,
    scene.routes.map((route) => svg('path', { class: 'route', d: route.path, dataTip: route.tip })),
    scene.inset
      ? svg('g', { class: 'inset', ariaHidden: 'true' }, [
          svg('rect', { class: 'inset__box', x: scene.inset.box.x, y: scene.inset.box.y, width: scene.inset.box.width, height: scene.inset.box.height }),
          inset ?? [],
          svg('path', { class: 'inset__frame', d: scene.inset.frame }),
        ])
      : [],
    svg('g', { class: 'scale-bar' }, [
      svg('path', { d: scene.scaleBar.path }),
      svg('text', { x: scene.scaleBar.x, y: scene.scaleBar.labelY }, scene.scaleBar.label),
    ]),
    scene.contextLabels.map(({ kind, label }) => labelText(label, `context-label context-label--${kind}`)),
    [...scene.points, ...scene.routes].flatMap(({ label }) => (label.leaderPath ? [svg('path', { class: 'leader', d: label.leaderPath })] : [])),
    scene.annotations.flatMap(({ label, marker }) =>
      label.leaderPath && !marker ? [svg('path', { class: 'leader leader--annotation', d: label.leaderPath })] : [],
    ),
    scene.points.map((point) => groupMark(point.shape, point.x, point.y, point.group, point.r, point.tip)),
    scene.points.map((point) => labelText(point.label, point.group ? 'place-label place-label--group' : 'place-label')),
    scene.routes.map((route) => labelText(route.label, 'route-label', ['route-label__computed', 'route-label__reported'])),
    scene.annotations.map(({ label, marker }) => labelText(label, marker ? 'annotation-label annotation-label--marker' : 'annotation-label')),
    scene.footnotes.map((note) => labelText({ ...note, anchor: 'start' }, 'annotation-label')),
  );
}
