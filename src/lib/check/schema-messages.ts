import { z } from 'astro/zod';
import type { Written } from '../source/frontmatter';
import { didYouMean, slugify } from './did-you-mean';
import type { Problem } from '../source/problems';

type Path = readonly (string | number)[];

/** The schema that checks the value at a path inside `schema`, looking through defaults, options and lists. */
export function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(segment)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return undefined;
  }
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return current;
}

/** A value as an author would name it: `the number 2025`, `a list`, `text "abc"`. */
function describe(value: unknown): string {
  if (value === null) return 'no value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'a date that does not exist' : `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'a group of fields';
  return `the ${typeof value === 'boolean' ? 'boolean' : 'number'} ${String(value)}`;
}

/** What YAML made of an unquoted value that is not text. */
function kindOf(value: unknown): string {
  if (value === null) return 'no value';
  if (value instanceof Date) return 'a date';
  return typeof value === 'boolean' ? 'a boolean (true or false)' : 'a number';
}

/** What a schema expects, in an author's words. */
function expectation(expected: string, schema: z.ZodType | undefined): string {
  if (expected === 'object' && schema instanceof z.ZodObject) return `fields (${Object.keys(schema.shape).join(', ')})`;
  const words: Record<string, string> = { string: 'text', array: 'a list', date: 'a date written YYYY-MM-DD', number: 'a number' };
  return words[expected] ?? expected;
}

/** A suggestion that the schema accepts, made from what was written: "Ana Reyes" → "ana-reyes". */
function slugSuggestion(value: unknown, schema: z.ZodType | undefined): string {
  if (typeof value !== 'string' || !schema) return '';
  const slug = slugify(value);
  return slug && slug !== value && schema.safeParse(slug).success ? `; did you mean "${slug}"?` : '';
}

/** The message for a value of the wrong type, naming the YAML habit that most often causes it. */
function wrongType(expected: string, value: unknown, written: Written | undefined, schema: z.ZodType | undefined): string {
  const wanted = expectation(expected, schema);
  if (value === undefined) return `required, but missing; expected ${wanted}`;
  if (value === null && !written?.text) return `empty; expected ${wanted}`;
  if (expected === 'string' && written?.plain && typeof value !== 'string') {
    const quote = value === null ? 'if you mean the word, quote it' : 'quote it';
    return `YAML reads the unquoted ${written.text} as ${kindOf(value)}, but text is expected here; ${quote}: "${written.text}"`;
  }
  if (expected === 'array' && typeof value === 'string') return `found ${describe(value)}, expected a list: put each item on its own line, starting with "- "`;
  if (expected === 'date') return `found ${describe(value)}, expected a real date written YYYY-MM-DD`;
  return `found ${describe(value)}, expected ${wanted}`;
}

/**
 * Turns the schema's issues into problems in an author's words: what was found, what was expected,
 * and the nearest valid value where there is one. The schema stays the one source of the shape rules;
 * this only words its findings.
 */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  data: unknown,
  written: (path: Path) => Written | undefined,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const label = path.join('.') || 'frontmatter';
    const value = valueAt(data, path);
    switch (issue.code) {
      case 'invalid_type':
        return [{ path: label, message: wrongType(issue.expected, value, written(path), schemaAt(schema, path)) }];
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const field = String(path.at(-1) ?? 'value');
        const found = typeof value === 'string' ? `unknown ${field} ${JSON.stringify(value)}` : `found ${describe(value)}`;
        const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
        return [{ path: label, message: `${found}; expected one of ${allowed.map((v) => `"${v}"`).join(', ')}${hint}` }];
      }
      case 'unrecognized_keys': {
        const object = schemaAt(schema, path);
        const known = object instanceof z.ZodObject ? Object.keys(object.shape) : [];
        return issue.keys.map((key) => ({
          path: [...path, key].join('.'),
          message: `unknown field "${key}"; the fields here are ${known.join(', ')}${didYouMean(key, known)}`,
        }));
      }
      case 'invalid_format':
        return [{ path: label, message: `found ${describe(value)}, which ${issue.message}${slugSuggestion(value, schemaAt(schema, path))}` }];
      default:
        return [{ path: label, message: issue.message }];
    }
  });
}
