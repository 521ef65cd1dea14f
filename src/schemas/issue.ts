import { z } from 'astro/zod';
import { idSchema, lineSchema } from './id';

/** A question that actors take positions on, e.g. troops in Ukraine after a ceasefire. */
export const issueSchema = z.strictObject({
  /** Stable slug that positions refer to. */
  id: idSchema,
  /** The question in the site's own words, e.g. "Should Western troops deploy to Ukraine after a ceasefire?". */
  question: lineSchema,
  /** A short name for tables and lists, e.g. "Troops after a ceasefire"; the question when left out. */
  label: lineSchema.optional(),
});

export type Issue = z.infer<typeof issueSchema>;
