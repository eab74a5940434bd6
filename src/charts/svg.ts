import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h as html, s } from 'hastscript';

/** Builds an SVG element: `svg('text', { x: 12 }, 'Siversk')`. Every string is escaped on output. */
export const svg = s;
/** Builds an HTML element, for kinds drawn as HTML. */
export { html };

/** Serialises a scene's elements; text and attributes from content are escaped, never injected. */
export function toMarkup(node: Element | Element[]): string {
  return toHtml(node, { space: Array.isArray(node) ? 'svg' : node.tagName === 'svg' ? 'svg' : 'html' });
}

/** A placed label as an SVG text element, one tspan per line; `lineClasses` styles lines apart. */
export function labelText(
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; lines: string[]; lineHeight: number },
  className: string,
  lineClasses: string[] = [],
) {
  return svg(
    'text',
    { class: className, x: label.x, y: label.y, textAnchor: label.anchor },
    label.lines.length === 1 && !lineClasses[0]
      ? label.lines[0]!
      : label.lines.map((line, i) => svg('tspan', { class: lineClasses[i], x: label.x, dy: i === 0 ? 0 : label.lineHeight }, line)),
  );
}
