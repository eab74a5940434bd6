import smartquotes from 'smartquotes';
import { SKIP, visit } from 'unist-util-visit';

/** The blocks whose text is read as one run, so a quote opened before a link closes after it. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

/** The text runs of a block, in reading order: its text and inline code, inside links, emphasis and components. */
function runs(node, found = []) {
  for (const child of node.children ?? []) {
    if (child.type === 'text' || child.type === 'inlineCode') found.push(child);
    else if (!(child.type === 'mdxJsxTextElement' && (child.name === 'style' || child.name === 'script'))) runs(child, found);
  }
  return found;
}

/**
 * Typographer's quotes, apostrophes, dashes and ellipses in the prose writers type with straight
 * ones: "Russia's" becomes “Russia’s”, -- an em dash, ... an ellipsis. It does what Astro's
 * SmartyPants (remark-smartypants) did here, in a tenth of the time: that plugin parses every
 * sentence into a natural-language tree, which took an eighth of an archive's build. The quotes
 * come from smartquotes, run once over each block so that quotes around a link or a citation
 * pair up; inline code stands in as letters and keeps its straight quotes.
 */
export function remarkTypography() {
  return (tree) => {
    visit(tree, (node) => {
      if (!blocks.has(node.type)) return undefined;
      const parts = runs(node);
      const text = parts.map((part) => (part.type === 'text' ? part.value : 'A'.repeat(part.value.length))).join('');
      // Apostrophes inside words and quotes opening before a word are set first, for any alphabet:
      // smartquotes knows only Latin letters (Слов'янськ would open a quote, "пояс" close one).
      // retainLength pads the few replacements that merge characters (two primes into ″) with
      // invisible separators, so each run keeps its share of the text.
      const words = text.replace(/(?<=[\p{L}\p{N}])'(?=\p{L})/gu, '\u2019').replace(/(?<![\p{L}\p{N}])"(?=[\p{L}\p{N}])/gu, '\u201c');
      const curled = smartquotes.string(words, { retainLength: true });
      let at = 0;
      for (const part of parts) {
        const end = at + part.value.length;
        if (part.type === 'text')
          part.value = curled
            .slice(at, end)
            .replaceAll('\u2063', '')
            .replace(/-{2,3}/g, '—')
            .replace(/\.\.\./g, '…');
        at = end;
      }
      return SKIP;
    });
  };
}
