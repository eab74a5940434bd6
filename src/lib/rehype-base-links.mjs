import { visit } from 'unist-util-visit';

/**
 * Writers link topics as `/topics/slug/`; this prefixes such root-relative links with the deploy
 * base so they also work when the site lives under a sub-path. It also refuses any link whose
 * scheme is not http or https (javascript:, data:, file:), naming the file, so none reaches a page.
 * @param {{ base: string }} options
 */
export function rehypeBaseLinks({ base }) {
  const prefix = base.replace(/\/$/, '');
  return (tree, file) => {
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
      if (scheme && scheme !== 'http' && scheme !== 'https') {
        throw new Error(`${file.path ?? 'a page'}: the link "${href}" uses "${scheme}:"; only http:// and https:// addresses may be linked.`);
      }
      if (prefix && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
        node.properties.href = `${prefix}${href}`;
      }
    });
  };
}
