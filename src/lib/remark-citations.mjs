import { visit, SKIP } from 'unist-util-visit';

/** `[@isw-siversk-2025-12]` or `[@lbc-2025-12-23; @bbc-2025-12]`: a citation by source id. */
const citation = /\[@([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*;\s*@[a-z0-9]+(?:-[a-z0-9]+)*)*)\]/g;

/**
 * Turns `[@source-id]` in prose into `<Cite ids="source-id" />`, so writers cite by id and
 * readers see a numbered link to the page's sources list, never the id itself.
 */
export function remarkCitations() {
  return (tree) => {
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || !citation.test(node.value)) return;
      citation.lastIndex = 0;
      const parts = [];
      let last = 0;
      for (const match of node.value.matchAll(citation)) {
        // A citation hugs the word before it: "in Siversk [@x]" reads "in Siversk¹".
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index).replace(/\s+$/, '') });
        const ids = match[1].split(';').map((id) => id.trim().replace(/^@/, ''));
        parts.push({ type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'ids', value: ids.join(' ') }], children: [] });
        last = match.index + match[0].length;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
