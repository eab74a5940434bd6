import type { z } from 'astro/zod';

/** Turns Zod issues into one line each that a writer can act on: file, field path, what was expected. */
export function describeIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.map(String).join('.') : '(frontmatter)';
      return `${file}: ${field}: ${issue.message}`;
    })
    .join('\n');
}
