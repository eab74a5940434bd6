import { siteConfig } from '../../../site.config';
import { overlayProblems } from '../../schemas/translation';
import type { Rule } from '../content';
import type { Problem } from '../problem';

const languages = siteConfig.editions.slice(1).map((edition) => edition.language as string);

/**
 * A translation names a topic that exists, sits in the folder of an edition's language under the
 * original's file name, translates only the words of charts the original has, and places only
 * those charts. When the original was updated after the translation, it is reported as outdated:
 * a warning, since the page still stands and says so.
 */
export const translations: Rule = (content) =>
  content.translations.flatMap(({ file, data, body }) => {
    const problems: Problem[] = [];
    const [language, name] = file.id.split('/');
    if (!languages.includes(language!))
      problems.push({
        file: file.file,
        rule: 'translation',
        message: `the folder "${language}" is not the language of an edition`,
        expected: languages.length ? `one of: ${languages.join(', ')} (the editions in site.config.ts)` : 'an edition for it in site.config.ts',
      });
    const original = content.topics.find((topic) => topic.file.id === data.translationOf);
    // An original that exists but has problems of its own is reported there, not again here.
    if (!original && content.ids.topics.has(data.translationOf)) return problems;
    if (!original) {
      problems.push({
        file: file.file,
        line: file.lineOf(['translationOf']),
        field: 'translationOf',
        rule: 'translation',
        message: `there is no topic "${data.translationOf}" to translate`,
        expected: `the file name of a topic in content/topics/, e.g. translationOf: ${content.topics[0]?.file.id ?? 'siversk'}`,
      });
      return problems;
    }
    if (name !== data.translationOf)
      problems.push({
        file: file.file,
        line: file.lineOf(['translationOf']),
        field: 'translationOf',
        rule: 'translation',
        message: `the file is named ${name}.mdx but translates "${data.translationOf}"`,
        expected: `the translation named like its original: content/topics/${language}/${data.translationOf}.mdx`,
      });
    for (const [chartId, words] of Object.entries(data.charts)) {
      const chart = original.data.charts[chartId];
      if (!chart) {
        problems.push({
          file: file.file,
          line: file.lineOf(['charts', chartId]),
          field: `charts.${chartId}`,
          rule: 'translation',
          message: `the original has no chart "${chartId}"`,
          expected: `one of: ${Object.keys(original.data.charts).join(', ')}`,
        });
        continue;
      }
      for (const [path, message] of overlayProblems(chart, words)) {
        problems.push({
          file: file.file,
          line: file.lineOf(['charts', chartId, ...path.map(String)]),
          field: ['charts', chartId, ...path].join('.'),
          rule: 'translation',
          message,
        });
      }
    }
    for (const element of body?.elements ?? []) {
      if (element.name === 'Chart' && (typeof element.attributes.id !== 'string' || !(element.attributes.id in original.data.charts)))
        problems.push({
          file: file.file,
          line: element.line,
          rule: 'translation',
          message: `<Chart id="${String(element.attributes.id)}" /> is not a chart of the original`,
          expected: `one of: ${Object.keys(original.data.charts).join(', ')}`,
        });
    }
    if (original.data.updated > data.translatedFrom)
      problems.push({
        file: file.file,
        line: file.lineOf(['translatedFrom']),
        field: 'translatedFrom',
        rule: 'outdated-translation',
        severity: 'warning',
        message: `outdated translation: the original (${original.file.file}) was updated on ${original.data.updated}, after the version of ${data.translatedFrom} this translates`,
        expected: `the changes translated, then translatedFrom: ${original.data.updated}`,
      });
    return problems;
  });
