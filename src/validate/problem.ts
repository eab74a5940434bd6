/** One thing wrong in the content, said so that a writer can fix it without reading code. */
export interface Problem {
  /** The file, relative to the repository: content/topics/siversk.mdx. */
  file: string;
  /** The line in that file, where one can be named. */
  line?: number;
  /** The field path in the frontmatter or YAML: charts.key-facts.items.0.value. */
  field?: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What was expected instead. */
  expected?: string;
  /** A line the writer can copy. */
  example?: string;
  /** Which check found it, for the guide's list of errors and for tests. */
  rule: string;
  /** A warning is reported but fails nothing (an outdated translation); anything else is an error. */
  severity?: 'warning';
}

/** Problems that stop a build or a check: everything but warnings. */
export const isError = (problem: Problem) => problem.severity !== 'warning';

const sentence = (text: string) => (/[.!?:]$/.test(text) ? text : `${text}.`);

/** `content/topics/x.mdx:12 charts.key-facts.items.0.value: what is wrong. Expected ... Example: ...` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return (
    `${where}${problem.field ? ` ${problem.field}` : ''}: ${problem.severity === 'warning' ? 'warning: ' : ''}${sentence(problem.message)}` +
    (problem.expected ? ` Expected ${sentence(problem.expected)}` : '') +
    (problem.example ? ` Example: ${problem.example}` : '')
  );
}

/** All problems, one per line, in file and line order, with a count a writer can check off. */
export function formatProblems(problems: Problem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const errors = problems.filter(isError);
  const warnings = problems.length - errors.length;
  const files = new Set(errors.map((p) => p.file)).size;
  const count = errors.length ? `${errors.length} problem${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}` : 'No problems';
  return `${sorted.map(formatProblem).join('\n')}\n\n${count}${warnings ? `; ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.`;
}
