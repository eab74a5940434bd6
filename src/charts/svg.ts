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
