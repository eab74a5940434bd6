import { geoLayerSchema } from '../schemas/geo';
import { glossarySchema } from '../schemas/glossary';
import { figureSchema } from '../schemas/figure';
import { placeSchema } from '../schemas/place';
import { sourceSchema } from '../schemas/source';
import { topicSchema } from '../schemas/topic';
import { translationSchema } from '../schemas/translation';
import { translations } from './rules/translations';
import type { CheckedContent, Rule } from './content';
import type { Problem } from './problem';
import { readContent, type CollectionName, type ContentFile } from './read';
import { editorialRules } from './rules/editorial';
import { ambiguousFigures, retypedFigures } from './rules/figures';
import { brokenLinks } from './rules/links';
import { readerText } from './rules/reader-text';
import { brokenReferences, chartPlacement, methodNotes, storySteps, unlistedSources } from './rules/references';
import { duplicateSources } from './rules/sources';
import { validateData } from './schema-issues';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export { formatProblem, formatProblems, isError, type Problem } from './problem';
export type { CheckedContent } from './content';

const schemas = { topics: topicSchema, sources: sourceSchema, places: placeSchema, figures: figureSchema, glossary: glossarySchema, geo: geoLayerSchema };

/** Every check that looks across files, in the order their problems are most useful to read. */
export const rules: Rule[] = [
  brokenReferences,
  unlistedSources,
  chartPlacement,
  storySteps,
  methodNotes,
  duplicateSources,
  ambiguousFigures,
  retypedFigures,
  brokenLinks,
  readerText,
  editorialRules,
  translations,
];

/** File names are the ids pages use: lower-case words and hyphens only. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * Checks all content at once and returns every problem, in every file: encoding, YAML and MDX
 * syntax, schemas, references, sources, figures, links and editorial rules. The build and
 * `npm run check` both call this, so they cannot disagree.
 */
export function validateContent(contentDir: string, cwd = process.cwd()): Problem[] {
  return checkContent(contentDir, cwd).problems;
}

/** As `validateContent`, and also every entry that passed its schema, for build steps that need the data itself. */
export function checkContent(contentDir: string, cwd = process.cwd()): { problems: Problem[]; content: CheckedContent } {
  const { files, problems } = readContent(contentDir, cwd);
  const checked = validEntries(files, problems);
  for (const { file, data } of checked.geo.values()) {
    const path = join(contentDir, 'geo', data.file);
    const object = data.object;
    if (!existsSync(path))
      problems.push({
        file: file.file,
        line: file.lineOf(['file']),
        field: 'file',
        rule: 'geo',
        message: `the data file ${data.file} is not in content/geo/`,
        expected: 'the name of a GeoJSON or TopoJSON file beside this one',
      });
    else if (object && !(object in ((JSON.parse(readFileSync(path, 'utf8')) as { objects?: object }).objects ?? {}))) {
      problems.push({
        file: file.file,
        line: file.lineOf(['object']),
        field: 'object',
        rule: 'geo',
        message: `${data.file} holds no object "${object}"`,
        expected: 'the name of an object in the TopoJSON file',
      });
    }
  }
  for (const rule of rules) problems.push(...rule(checked));
  // One report per line and message: a line with two text runs can trip the same check twice.
  return { problems: [...new Map(problems.map((p) => [`${p.file}|${p.line}|${p.field}|${p.message}`, p])).values()], content: checked };
}

/** Every entry that passes its schema, by collection; the files' other problems are added to `problems`. */
function validEntries(files: ContentFile[], problems: Problem[]): CheckedContent {
  const idsIn = (collection: CollectionName) => new Set(files.filter((f) => f.collection === collection).map((f) => f.id));
  const checked: CheckedContent = {
    topics: [],
    translations: [],
    sources: new Map(),
    places: new Map(),
    figures: new Map(),
    glossary: new Map(),
    geo: new Map(),
    ids: {
      topics: idsIn('topics'),
      sources: idsIn('sources'),
      places: idsIn('places'),
      figures: idsIn('figures'),
      glossary: idsIn('glossary'),
      geo: idsIn('geo'),
    },
  };
  for (const file of files) {
    if (!idPattern.test(file.id)) {
      problems.push({
        file: file.file,
        rule: 'file-name',
        message: `the file name "${file.id}" is not a valid id`,
        expected: 'lower-case letters, digits and hyphens, e.g. kramatorsk-front.mdx',
      });
      continue;
    }
    if (file.data === undefined) continue; // its syntax problems are already reported
    const collection: CollectionName = file.collection;
    if (collection === 'translations') {
      const { data, problems: found } = validateData(file, translationSchema);
      problems.push(...found);
      if (data) checked.translations.push({ file, data, body: file.body?.facts });
    } else if (collection === 'topics') {
      const { data, problems: found } = validateData(file, schemas.topics);
      problems.push(...found);
      if (data) checked.topics.push({ file, data, body: file.body?.facts });
    } else {
      const { data, problems: found } = validateData(file, schemas[collection] as (typeof schemas)['sources']);
      problems.push(...found);
      if (data) (checked[collection] as Map<string, { file: typeof file; data: unknown }>).set(file.id, { file, data });
    }
  }
  return checked;
}
