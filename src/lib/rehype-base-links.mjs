import { visit } from 'unist-util-visit';

/**
 * Writers link topics as `/topics/slug/`; this prefixes such root-relative links with the deploy
 * base so they also work when the site lives under a sub-path.
 * @param {{ base: string }} options
 */
export function rehypeBaseLinks({ base }) {
  const prefix = base.replace(/\/$/, '');
  return (tree) => {
    if (!prefix) return;
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
        node.properties.href = `${prefix}${href}`;
      }
    });
  };
}
