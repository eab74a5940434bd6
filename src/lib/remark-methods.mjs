import { visit } from 'unist-util-visit';

const attribute = (node, name) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

/**
 * Collects the page's `<Method id="..." title="...">` entries into the frontmatter (as `methods`),
 * so a chart rendered earlier on the page can link to each by its title.
 */
export function remarkMethods() {
  return (tree, file) => {
    const methods = {};
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      if (node.name !== 'Method') return;
      const id = attribute(node, 'id');
      if (typeof id === 'string') methods[id] = typeof attribute(node, 'title') === 'string' ? attribute(node, 'title') : id;
    });
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.methods = methods;
  };
}
