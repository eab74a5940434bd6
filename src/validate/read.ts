import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { bodyFacts, type BodyFacts } from './body';
import type { Problem } from './problem';

export const collectionNames = ['topics', 'sources', 'places', 'figures', 'glossary', 'geo'] as const;
/** Translations are read with the topics (content/topics/<language>/) but checked as their own collection. */
export type CollectionName = (typeof collectionNames)[number] | 'translations';

/** The file types each collection reads. */
const extensions: Record<(typeof collectionNames)[number], RegExp> = {
  topics: /\.mdx$/,
  sources: /\.ya?ml$/,
  places: /\.ya?ml$/,
  figures: /\.ya?ml$/,
  glossary: /\.ya?ml$/,
  geo: /\.ya?ml$/,
};

/** One content file as read from disk: its parsed data, where each field sits, and an MDX body. */
export interface ContentFile {
  collection: CollectionName;
  /** The entry id the site uses: the path under the collection folder, without the extension. */
  id: string;
  /** The path as writers see it: content/topics/siversk.mdx. */
  file: string;
  data: unknown;
  /** The line a field path stands on, or the nearest enclosing field's line. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /**
   * The MDX body, for topics: its text, the line it starts on, and what the checks need from its
   * syntax tree (absent if it does not parse). The tree itself is not kept: an archive's trees
   * held at once were most of the check's memory.
   */
  body?: { text: string; startLine: number; facts: BodyFacts | undefined };
}

/** The id Astro's loaders give a file: `uk/siversk` for content/topics/uk/siversk.mdx. Both the build and the check use this. */
export function entryIdFromPath(pathUnderCollection: string): string {
  return pathUnderCollection.replace(/\\/g, '/').replace(/\.(mdx|ya?ml)$/, '');
}

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Plain words for the YAML parser's errors, which speak of implicit keys and flow collections. */
function yamlMessage(error: YAMLError, lines: string[]): Omit<Problem, 'file' | 'rule'> {
  const line = error.linePos?.[0].line;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = line ? /^\s*([\w-]+)\s*:/.exec(lines[line - 1] ?? '')?.[1] : undefined;
      return {
        line,
        message: `the field ${key ? `"${key}" ` : ''}appears twice at the same level`,
        expected: 'each field once; delete or merge the second one',
      };
    }
    case 'TAB_AS_INDENT':
      return { line, message: 'this line is indented with a tab', expected: 'spaces for indentation (two per level), never tabs' };
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        line,
        message: 'this line is not indented like the lines around it, or a value runs onto the next line',
        expected: 'each field on its own line, indented by two spaces per level, with text that contains ": " in quotes',
      };
    default:
      return {
        line,
        message: `the frontmatter cannot be read here (${error.message.split('\n')[0]})`,
        expected: 'field: value pairs, one per line, with text in quotes',
      };
  }
}

/** A quote opened on a line and not closed on it: the usual cause of the parser's confusing errors. */
function unclosedQuote(lines: string[], firstLine: number): Omit<Problem, 'file' | 'rule'> | undefined {
  for (const [index, text] of lines.entries()) {
    const match = /^\s*(?:- )?([\w-]+)\s*:\s*(["'])(.*)$/.exec(text);
    if (!match) continue;
    const [, key, quote, rest] = match;
    const closed = quote === '"' ? /(^|[^\\])"\s*(#.*)?$/.test(rest!) || /^"\s*(#.*)?$/.test(rest!) : /'\s*(#.*)?$/.test(rest!);
    if (!closed) {
      return {
        line: firstLine + index,
        field: key,
        message: `the value of ${key} opens a quotation mark (${quote}) that is never closed`,
        expected: `the text to end with the same quotation mark`,
        example: `${key}: ${quote}The battle for Siversk${quote}`,
      };
    }
  }
  return undefined;
}

/**
 * Parses YAML, reporting syntax errors in plain words and mapping field paths back to lines.
 * Most files are well-formed and most fields are never reported: js-yaml reads them (a quarter
 * of the time yaml's document model takes, which was a fifth of the check), and the document
 * with its positions is built only for a file that does not parse or once a problem needs a line.
 * Both read YAML 1.2's core schema, where 2025-12-23 stays text, as the schemas expect.
 */
function parseYaml(text: string, file: string, lineOffset: number): { data: unknown; lineOf: ContentFile['lineOf']; problems: Problem[] } {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA }) ?? null;
  } catch {
    return parseYamlDocument(text, file, lineOffset);
  }
  let located: ReturnType<typeof parseYamlDocument> | undefined;
  return { data, problems: [], lineOf: (path) => (located ??= parseYamlDocument(text, file, lineOffset)).lineOf(path) };
}

/** The YAML as a document that knows where each value sits, with its syntax errors in plain words. */
function parseYamlDocument(text: string, file: string, lineOffset: number): { data: unknown; lineOf: ContentFile['lineOf']; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const lines = text.split('\n');
  const problems: Problem[] = [];
  if (doc.errors.length) {
    const quote = unclosedQuote(lines, lineOffset + 1);
    if (quote) problems.push({ file, rule: 'yaml', ...quote });
    else {
      // One message per line: a single slip often makes the parser complain several times.
      const seen = new Set<number | undefined>();
      for (const error of doc.errors) {
        const problem = yamlMessage(error, lines);
        if (seen.has(problem.line)) continue;
        seen.add(problem.line);
        problems.push({ file, rule: 'yaml', ...problem, line: problem.line ? problem.line + lineOffset : undefined });
      }
    }
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
      // A pair's key sits where the field starts; fall back to the value's own position.
      const parent = depth === 0 ? undefined : depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as (string | number)[], true);
      const key = path[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
        const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (keyRange) return lineCounter.linePos(keyRange[0]).line + lineOffset;
      }
      if (isSeq(parent) || depth === 0 || node) {
        const range = (node as { range?: [number, number, number] } | null)?.range;
        if (range) return lineCounter.linePos(range[0]).line + lineOffset;
      }
    }
    return undefined;
  };
  return { data: problems.length ? undefined : doc.toJS(), lineOf, problems };
}

/** Plain words for MDX syntax errors: an unclosed tag or brace, usually. */
function mdxMessage(reason: string): Pick<Problem, 'message' | 'expected' | 'example'> {
  if (/closing tag|end of file in (name|tag|attribute)|Unexpected end of file before name|Unexpected character .* before name/i.test(reason)) {
    return {
      message: `an MDX tag is not closed (${reason.replace(/\s*\(note:.*$/, '')})`,
      expected: 'components written as self-closing tags',
      example: '<Chart id="key-facts" />',
    };
  }
  if (/expression|brace|acorn|Could not parse/i.test(reason)) {
    return {
      message: `a curly brace starts an MDX expression that does not parse (${reason.replace(/\s*\(note:.*$/, '')})`,
      expected: 'literal braces in prose escaped as \\{ and \\}',
      example: 'the \\{draft\\} label',
    };
  }
  return { message: `the MDX cannot be read: ${reason}`, expected: 'Markdown with components as self-closing tags' };
}

/** Reads one collection's files: encoding, YAML and MDX syntax, each problem with its line. */
function readCollection(contentDir: string, collection: (typeof collectionNames)[number], cwd: string): { files: ContentFile[]; problems: Problem[] } {
  const dir = join(contentDir, collection);
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const path of listFiles(dir).filter((p) => extensions[collection].test(p))) {
    const file = relative(cwd, path);
    const bytes = readFileSync(path);
    let text: string;
    try {
      text = utf8
        .decode(bytes)
        .replace(/^\uFEFF/, '')
        .replace(/\r\n/g, '\n');
    } catch {
      problems.push({
        file,
        rule: 'encoding',
        message: 'the file is not saved as UTF-8 (it looks like Latin-1 or another legacy encoding)',
        expected: 'UTF-8: in your editor, "Save with encoding" → UTF-8',
      });
      continue;
    }
    const id = entryIdFromPath(relative(dir, path));
    if (collection !== 'topics') {
      const parsed = parseYaml(text, file, 0);
      problems.push(...parsed.problems);
      files.push({ collection, id, file, data: parsed.data, lineOf: parsed.lineOf });
      continue;
    }
    const frontmatter = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
    if (!frontmatter) {
      problems.push({
        file,
        line: 1,
        rule: 'frontmatter',
        message: 'the file does not start with frontmatter between two --- lines',
        expected: 'the first line to be --- and the frontmatter to end with ---',
        example: '---\\ntitle: "..."\\n---',
      });
      continue;
    }
    const parsed = parseYaml(frontmatter[1]!, file, 1);
    problems.push(...parsed.problems);
    const bodyText = text.slice(frontmatter[0].length);
    const startLine = frontmatter[0].split('\n').length;
    let facts: BodyFacts | undefined;
    try {
      facts = bodyFacts(fromMarkdown(bodyText, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }), startLine);
    } catch (error) {
      const { line, place, reason } = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string };
      // Positions come back relative to the body, in the fields or only in the reason's "(5:1-5:15)".
      const at = line ?? place?.start?.line ?? place?.line ?? Number(/\((\d+):\d+/.exec(reason ?? '')?.[1] ?? NaN);
      problems.push({
        file,
        line: Number.isFinite(at) ? at + startLine - 1 : undefined,
        rule: 'mdx',
        ...mdxMessage((reason ?? String(error)).replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '')),
      });
    }
    // A topic in a language folder is a translation of the topic of the same name.
    files.push({
      collection: id.includes('/') ? 'translations' : collection,
      id,
      file,
      data: parsed.data,
      lineOf: parsed.lineOf,
      body: { text: bodyText, startLine, facts },
    });
  }
  return { files, problems };
}

/** Reads every collection under `contentDir`; paths in problems are relative to `cwd`. */
export function readContent(contentDir: string, cwd = process.cwd()): { files: ContentFile[]; problems: Problem[] } {
  const results = collectionNames.map((name) => readCollection(contentDir, name, cwd));
  return { files: results.flatMap((r) => r.files), problems: results.flatMap((r) => r.problems) };
}
