import type { Rule } from '../content';
import type { Problem } from '../problem';

/** One outlet, one entry: two source files with the same original, or the same outlet and title, would count it twice. */
export const duplicateSources: Rule = (content) => {
  const problems: Problem[] = [];
  const byUrl = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const [id, { file, data }] of content.sources) {
    const url = data.url?.replace(/\/+$/, '').toLowerCase();
    if (url) {
      const other = byUrl.get(url);
      if (other)
        problems.push({
          file: file.file,
          line: file.lineOf(['url']),
          field: 'url',
          rule: 'duplicate-source',
          message: `the same original as content/sources/${other}.yaml`,
          expected: `one source file per original: merge the two and point every topic at "${other}"`,
        });
      else byUrl.set(url, id);
    }
    const key = `${data.outlet}|${data.title}`.toLowerCase();
    const other = byTitle.get(key);
    if (other)
      problems.push({
        file: file.file,
        line: file.lineOf(['title']),
        field: 'title',
        rule: 'duplicate-source',
        message: `the same outlet and title as content/sources/${other}.yaml`,
        expected: `one source file per report: merge the two, or give each its own title`,
      });
    else byTitle.set(key, id);
  }
  for (const [id, { file, data }] of content.sources) {
    if (data.via === id)
      problems.push({
        file: file.file,
        line: file.lineOf(['via']),
        field: 'via',
        rule: 'reference',
        message: 'a source cannot reach us through itself',
        expected: 'the id of the outlet that reported it',
      });
  }
  return problems;
};
