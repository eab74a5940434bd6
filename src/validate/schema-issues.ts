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
  if (issue.code === 'invalid_type' && issue.expected === 'array' && (typeof value === 'string' || typeof value === 'number')) {
    return {
      ...base,
      message: `${name} takes a list, not a single value`,
      expected: 'the value in square brackets, with commas between several',
      example: `${name}: [${typeof value === 'string' && /[\s,:]/.test(value) ? JSON.stringify(value) : String(value)}]`,
    };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') {
    return {
      ...base,
      message: `${name} is ${JSON.stringify(value)}, which is neither true nor false`,
      expected: 'true or false, without quotes',
      example: `${name}: true`,
    };
  }
  // Zod's own wording ("Invalid input: expected ..., received ...") never reaches a writer as is.
  if (/^Invalid input/.test(issue.message)) {
    return {
      ...base,
      message: `${name} has the wrong kind of value (${describe(value)})`,
      expected: `${issue.code === 'invalid_type' ? `a ${plain(issue.expected)}` : 'a value this field accepts'}; see docs/fields.md`,
    };
  }
  return { ...base, message: issue.message };
}

const plain = (expected: string) =>
  ({ string: 'text', number: 'number', object: 'group of fields (name: value)', array: 'list in square brackets' })[expected] ?? expected;

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value === 'string' ? 'the text' : 'the value'} ${JSON.stringify(value)}`;
}

/** Validates one file's data against a schema; returns the parsed data or the problems. */
export function validateData<T>(file: ContentFile, schema: z.ZodType<T>): { data?: T; problems: Problem[] } {
  const result = schema.safeParse(file.data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => issueToProblem(file, issue)) };
}
