import { z } from 'astro/zod';

/** Lower-case slug used for every id an author writes: letters, digits and single hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'must be a slug: lower-case letters, digits and single hyphens, e.g. "keir-starmer"',
  });

/** A non-empty line of text with no surrounding white space. */
export const lineSchema = z.string().trim().min(1, { message: 'must not be empty' });

/** A closed vocabulary: its keys are the allowed values, its values say what each means. */
export function vocabulary<const T extends Record<string, string>>(meanings: T) {
  return z.enum(Object.keys(meanings) as [keyof T & string, ...(keyof T & string)[]]);
}
