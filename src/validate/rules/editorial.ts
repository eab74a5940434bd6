import type { Rule } from '../content';
import type { Problem } from '../problem';

/** The length a published explainer runs to, in words of prose. */
export const wordRange = { min: 600, max: 1500 };

/**
 * The newsroom's rules for a published explainer (docs/editorial.md), each a problem a writer can
 * act on. Drafts are exempt until they are published, except for leftover placeholders.
 */
export const editorialRules: Rule = (content) =>
  content.topics.flatMap(({ file, data, body }) => {
    const problems: Problem[] = [];
    const at = (field: PropertyKey[]) => ({ file: file.file, line: file.lineOf(field), field: field.join('.') });
    for (const [index, correction] of data.corrections.entries()) {
      if (correction.date < data.published || correction.date > data.updated) {
        problems.push({
          ...at(['corrections', index, 'date']),
          rule: 'dates',
          message: `the correction is dated ${correction.date}, outside the page's life (${data.published} to ${data.updated})`,
          expected: 'updated set to the day of the latest correction, and each correction dated on or after published',
        });
      }
    }
    for (const [id, chart] of Object.entries(data.charts)) {
      if (chart.asOf > data.updated)
        problems.push({
          ...at(['charts', id, 'asOf']),
          rule: 'dates',
          message: `the data is dated ${chart.asOf}, after the page was last updated (${data.updated})`,
          expected: 'asOf on or before updated',
        });
    }
    if (data.draft || !body) return problems;
    if (data.format === 'explainer' && (body.words < wordRange.min || body.words > wordRange.max)) {
      problems.push({
        file: file.file,
        rule: 'length',
        message: `the text runs to ${body.words} words`,
        expected: `between ${wordRange.min} and ${wordRange.max.toLocaleString('en-GB')} words of prose: shorter pages leave readers without context, longer ones belong in two explainers`,
      });
    }
    if (!body.headings.some((h) => h.depth === 2 && /^What we don[’']t know$/i.test(h.text))) {
      problems.push({
        file: file.file,
        rule: 'unknowns',
        message: 'the page has no "What we don\'t know" section',
        expected: 'a "## What we don\'t know" heading with a list of what the reporting leaves open',
      });
    }
    const firstChart = body.elements.find((e) => e.name === 'Chart');
    const first = typeof firstChart?.attributes.id === 'string' ? data.charts[firstChart.attributes.id] : undefined;
    if (data.format === 'explainer' && first && first.type !== 'stats') {
      problems.push({
        file: file.file,
        line: firstChart!.line,
        rule: 'key-facts',
        message: 'the first chart on the page is not the key figures',
        expected: 'a stats chart (type: stats) placed first, after the opening paragraph, so readers get the numbers before the detail',
      });
    }
    return problems;
  });
