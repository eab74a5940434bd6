import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { remarkTypography } from '../../../src/lib/remark-typography.mjs';

/** The text a reader sees of each block, after the plugin. */
function typeset(markdown: string): string[] {
  const tree = fromMarkdown(markdown, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  remarkTypography()(tree);
  return tree.children.map((block) => toString(block));
}

describe('typographer’s quotes', () => {
  it('curls quotes and apostrophes, and pairs quotes around a link, emphasis or a citation', () => {
    expect(typeset(`"The battle for [Siversk](/topics/siversk/)" was Russia's, *"so far"*.`)).toEqual(['“The battle for Siversk” was Russia’s, “so far”.']);
    expect(typeset(`The General Staff spoke of "saving lives" <Cite id="ukr-general-staff" /> and 'morale'.`)).toEqual([
      'The General Staff spoke of “saving lives”  and ‘morale’.',
    ]);
  });

  it('treats an apostrophe inside a word of any alphabet as an apostrophe', () => {
    expect(typeset(`Слов'янськ і "пояс фортець"; the '90s.`)).toEqual(['Слов’янськ і “пояс фортець”; the ’90s.']);
    expect(typeset(`«Новая газета Европа» пише: 'так'.`)).toEqual(['«Новая газета Европа» пише: ‘так’.']);
  });

  it('sets dashes and ellipses, and leaves code and component attributes alone', () => {
    const tree = fromMarkdown(`Wait... it's -- as \`"raw"\` says <Fig id="a'b" />.`, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    remarkTypography()(tree);
    expect(toString(tree)).toBe('Wait… it’s — as "raw" says .');
    expect(JSON.stringify(tree)).toContain(`"value":"a'b"`);
  });

  it('curls headings and table cells too, each on its own', () => {
    expect(typeset(`## What "the belt" is\n\n| "a" | b's |\n|---|---|\n| c | "d" |`)).toEqual(['What “the belt” is', '“a”b’sc“d”']);
  });
});
