import type { Problem } from '../validate/problem';

/**
 * The content problems the preview knows of, shared between the content-validation integration
 * (which re-checks on every save) and the pages it renders: both run in the dev server's process.
 */
const key = Symbol.for('news-explainer.content-problems');
type Holder = { [key]?: Problem[] };

export function setDevProblems(problems: Problem[]): void {
  (globalThis as Holder)[key] = problems;
}

export function devProblems(): Problem[] {
  return (globalThis as Holder)[key] ?? [];
}

/**
 * Problems a page can still be shown with, faithfully: editorial rules and reader-facing wording.
 * Anything else (syntax, schemas, references) means the page would be rendered from stale or
 * broken data, so the preview shows the list of problems instead of the page.
 */
export const previewableRules = new Set([
  'placeholder',
  'reader-text',
  'length',
  'unknowns',
  'key-facts',
  'dates',
  'duplicate-source',
  'sources-list',
  'link',
  'retyped-figure',
]);
export const blocksPreview = (problem: Problem) => problem.severity !== 'warning' && !previewableRules.has(problem.rule);
