import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A component written in the MDX body, with its literal attributes. */
export interface BodyElement {
  name: string;
  attributes: Record<string, string | true>;
  line: number;
}

/** What the checks need from an MDX body, each item with the line it stands on. */
export interface BodyFacts {
  /** Prose text outside components' attributes and code: what a reader reads. */
  texts: { value: string; line: number }[];
  elements: BodyElement[];
  links: { url: string; line: number }[];
  headings: { text: string; depth: number; line: number; slug: string }[];
  /** `[@id]` citations (before the remark plugin turns them into <Cite>). */
  citations: { ids: string[]; line: number }[];
  /** Words of prose, for the length rule. */
  words: number;
}

const citation = /\[@([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*;\s*@[a-z0-9]+(?:-[a-z0-9]+)*)*)\]/g;

/** Walks an MDX tree once and collects prose, components, links, headings and citations, with lines. */
export function bodyFacts(tree: Root, startLine: number): BodyFacts {
  const facts: BodyFacts = { texts: [], elements: [], links: [], headings: [], citations: [], words: 0 };
  const slugger = new GithubSlugger();
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + startLine - 1;
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      facts.texts.push({ value: node.value, line: lineOf(node) });
      facts.words += node.value.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*/gu)?.length ?? 0;
      for (const match of node.value.matchAll(citation)) {
        facts.citations.push({ ids: match[1]!.split(';').map((id) => id.trim().replace(/^@/, '')), line: lineOf(node) });
      }
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes: Record<string, string | true> = {};
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute') attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : true;
      }
      facts.elements.push({ name: node.name ?? '', attributes, line: lineOf(node) });
    }
    if (node.type === 'link') facts.links.push({ url: node.url, line: lineOf(node) });
    if (node.type === 'heading') {
      const text = toString(node);
      facts.headings.push({ text, depth: node.depth, line: lineOf(node), slug: slugger.slug(text) });
    }
    if (node.type === 'code' || node.type === 'inlineCode') return;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return facts;
}
