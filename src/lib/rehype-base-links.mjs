import { visit } from 'unist-util-visit';

/** Sections that exist in every edition: a link to one from a translation stays in its edition. */
const localSections = new Set(['', 'topics', 'glossary', 'sources', 'search']);

/**
 * Writers link topics as `/topics/slug/`; this prefixes such root-relative links with the deploy
 * base so they also work when the site lives under a sub-path, and, in a translation
 * (content/topics/<language>/), with its edition's folder, so a Ukrainian page links to Ukrainian
 * pages. It also refuses any link whose scheme is not http or https (javascript:, data:, file:),
 * naming the file, so none reaches a page.
 * @param {{ base: string, editions?: Record<string, string> }} options `editions`: folder by language, for the editions not at the root
 */
export function rehypeBaseLinks({ base, editions = {} }) {
  const prefix = base.replace(/\/$/, '');
  return (tree, file) => {
    const language = /[\\/]topics[\\/]([a-z]{2,3})[\\/][^\\/]+\.mdx$/.exec(file.path ?? '')?.[1];
    const edition = language ? editions[language] : undefined;
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
      if (scheme && scheme !== 'http' && scheme !== 'https') {
        throw new Error(`${file.path ?? 'a page'}: the link "${href}" uses "${scheme}:"; only http:// and https:// addresses may be linked.`);
      }
      if (!href.startsWith('/') || href.startsWith('//')) return;
      let local = href;
      if (edition && localSections.has(href.split(/[/#?]/)[1] ?? '')) local = `/${edition}${href}`;
      if (prefix && !local.startsWith(`${prefix}/`)) local = `${prefix}${local}`;
      node.properties.href = local;
    });
  };
}
