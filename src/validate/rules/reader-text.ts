import type { CheckedContent, Rule } from '../content';
import type { ContentFile } from '../read';
import type { Problem } from '../problem';

/** Words that belong in research notes, never in what readers see; each with the fix. */
const researchWords: [RegExp, string][] = [
  [/\{\{|\}\}/, 'template leftovers ({{ }})'],
  [/\bseed(s| article)?\b/i, 'the word "seed", which describes our research copies'],
  [/\bscraped\b|\bscrape\b/i, 'the word "scraped", which describes our research copies'],
  [/\b\d{3}_[0-9a-f]{8,}\b|\b[\w-]+\.(txt|ya?ml|mdx|json)\b/i, 'a file name'],
  [/\b(TODO|FIXME|TBC|XXX)\b/, 'an editing marker'],
];

/** The placeholder marker the topic template uses; a page must not be published with one left in. */
export const placeholder = /REPLACE:/;

/** Every string in a value, with its field path. */
function strings(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  return [];
}

/** Fields that hold ids, dates, addresses or codes rather than words a reader reads. */
const machineFields = new Set([
  'source',
  'sources',
  'via',
  'report',
  'figure',
  'reported',
  'places',
  'related',
  'from',
  'to',
  'url',
  'archiveUrl',
  'type',
  'kind',
  'status',
  'qualifier',
  'precision',
  'language',
  'identification',
  'frame',
  'format',
  'tags',
  'method',
  'date',
  'published',
  'updated',
  'asOf',
  'gazetteer',
  'record',
  'id',
  'file',
  'object',
  'sourceUrl',
  'highlight',
  'layers',
]);

function check(text: string, ids: Set<string>): string | undefined {
  if (placeholder.test(text)) return 'the template placeholder "REPLACE:"';
  for (const [pattern, what] of researchWords) if (pattern.test(text)) return what;
  const id = text.match(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g)?.find((token) => ids.has(token));
  return id ? `the raw id "${id}"` : undefined;
}

function problem(file: ContentFile, field: string | undefined, line: number | undefined, what: string): Problem {
  const isPlaceholder = what.includes('placeholder');
  return {
    file: file.file,
    line,
    field,
    rule: isPlaceholder ? 'placeholder' : 'reader-text',
    message: isPlaceholder ? 'replace the placeholder: this text still holds the template’s "REPLACE:" marker' : `reader-facing text contains ${what}`,
    expected: isPlaceholder
      ? 'your own words in place of the placeholder'
      : 'words for readers; notes for editors go in the source file’s research field, and sources are cited with [@id], which prints no id',
  };
}

/** No research note, file name, raw id or placeholder reaches a reader: in frontmatter, YAML registries or prose. */
export const readerText: Rule = (content: CheckedContent) => {
  const ids = new Set([...content.sources.keys(), ...content.figures.keys(), ...content.places.keys()]);
  const entries = [
    ...content.topics,
    ...content.sources.values(),
    ...content.places.values(),
    ...content.figures.values(),
    ...content.glossary.values(),
    ...content.geo.values(),
  ];
  const problems: Problem[] = [];
  for (const { file } of entries) {
    // The raw YAML, so fields the schema drops (research) are skipped by name, not by accident.
    for (const { path, text } of strings(file.data)) {
      const key = [...path].reverse().find((k) => typeof k === 'string');
      if (key === 'research' || machineFields.has(String(key))) continue;
      const what = check(text, ids);
      if (what) problems.push(problem(file, path.map(String).join('.'), file.lineOf(path), what));
    }
  }
  for (const { file, body } of content.topics) {
    for (const { value, line } of body?.texts ?? []) {
      const what = check(value.replace(/\[@[^\]]*\]/g, ''), ids);
      if (what) problems.push(problem(file, undefined, line, what));
    }
  }
  return problems;
};
