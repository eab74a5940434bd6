import type { Rule } from '../content';
import type { Problem } from '../problem';

/** Anchors every topic page has besides its headings and method notes. */
const pageAnchors = ['main', 'sources', 'corrections', 'related'];

/** Links in prose: web links are http(s) only; links inside the site lead to a page, term or section that exists. */
export const brokenLinks: Rule = (content) => {
  const topics = content.ids.topics;
  const terms = content.ids.glossary;
  return content.topics.flatMap(({ file, body }) => {
    if (!body) return [];
    const anchors = new Set([
      ...pageAnchors,
      ...body.headings.map((h) => h.slug),
      ...body.elements.filter((e) => e.name === 'Method').map((e) => `method-${String(e.attributes.id)}`),
    ]);
    return body.links.flatMap(({ url, line }): Problem[] => {
      const problem = (message: string, expected: string): Problem[] => [{ file: file.file, line, rule: 'link', message, expected }];
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
      if (scheme)
        return scheme === 'http' || scheme === 'https'
          ? []
          : problem(`the link "${url}" uses "${scheme}:"`, 'an http:// or https:// address, or a link within the site such as /topics/siversk/');
      if (url.startsWith('#'))
        return anchors.has(url.slice(1))
          ? []
          : problem(`the link "${url}" points to no heading or section on this page`, `one of: ${[...anchors].map((a) => `#${a}`).join(', ')}`);
      const topic = /^\/topics\/([^/#]+)\/(#.*)?$/.exec(url);
      if (topic)
        return topics.has(topic[1]!) ? [] : problem(`the link "${url}" leads to no topic`, `/topics/<slug>/ with the slug of a file in content/topics/`);
      const term = /^\/glossary\/#(.+)$/.exec(url);
      if (term)
        return terms.has(term[1]!)
          ? []
          : problem(`the link "${url}" leads to no glossary term`, `/glossary/#<term> with the name of a file in content/glossary/`);
      if (['/', '/sources/', '/glossary/', '/search/'].includes(url)) return [];
      return problem(`the link "${url}" leads to no page of the site`, 'a link such as /topics/siversk/, /glossary/#oblast or /sources/');
    });
  });
};
