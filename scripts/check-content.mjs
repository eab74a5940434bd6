// Checks all content and prints every problem at once, the same checks the build runs. Exit code 1
// when anything is wrong; warnings alone (an outdated translation) are printed and exit 0. Set DEBUG=1 for stack traces of unexpected failures.
import './typescript-hooks.mjs';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const started = performance.now();
try {
  const module = await import('../src/validate/index.ts');
  const problems = module.validateContent(contentDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.some(module.isError)) {
    console.error(`${module.formatProblems(problems)}\n`);
    process.exit(1);
  }
  // Warnings (an outdated translation) are reported and fail nothing.
  if (problems.length) console.warn(`${module.formatProblems(problems)}\n`);
  console.log(
    `Content checked in ${seconds} s: no errors in ${contentDir}/${problems.length ? `, ${problems.length} warning${problems.length === 1 ? '' : 's'} above` : ''}.`,
  );
} catch (error) {
  console.error(process.env.DEBUG ? error : `The content check could not run: ${error.message}`);
  process.exit(2);
}
