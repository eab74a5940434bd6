import { describe, expect, it } from 'vitest';
import { formatProblems, isError, validateContent } from '../../../src/validate';

describe('the sample content', () => {
  it('passes every check the build runs: syntax, schemas, references, sources, figures, links and editorial rules', () => {
    const problems = validateContent('content');
    expect(problems.length ? formatProblems(problems) : '').toBe('');
  });

  it('passes them in the fixture site the end-to-end tests build (its one warning, an outdated translation, is on purpose)', () => {
    const problems = validateContent('tests/fixtures/site/content').filter(isError);
    expect(problems.length ? formatProblems(problems) : '').toBe('');
  });
});
