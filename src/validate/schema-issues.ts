import type { z } from 'astro/zod';
import type { ContentFile } from './read';
import type { Problem } from './problem';

/** Reads a value at a field path in raw YAML data, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns one Zod issue into a sentence with its field and line; messages come from the schemas. */
export function issueToProblem(file: ContentFile, issue: z.core.$ZodIssue): Problem {
  const field = issue.path.length ? issue.path.map(String).join('.') : undefined;
  const base = { file: file.file, line: file.lineOf(issue.path), field, rule: 'schema' };
  const value = valueAt(file.data, issue.path);
  const name = String(issue.path.at(-1) ?? 'a field');
  if (issue.code === 'invalid_type' && value === undefined) {
    return { ...base, message: `${name} is missing`, expected: issue.message.replace(/^expected /, '') };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof value === 'string' && /\d/.test(value)) {
    const digits = value.replace(/[^\d.]/g, '');
    return {
      ...base,
      message: `"${value}" is text, not a number`,
      expected: 'the number alone, with words such as "about" in qualifier (about, more-than, at-least, up-to, under)',
      example: `${name}: ${digits}`,
    };
  }
  return { ...base, message: issue.message };
}

/** Validates one file's data against a schema; returns the parsed data or the problems. */
export function validateData<T>(file: ContentFile, schema: z.ZodType<T>): { data?: T; problems: Problem[] } {
  const result = schema.safeParse(file.data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => issueToProblem(file, issue)) };
}
