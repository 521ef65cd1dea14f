import { z } from 'astro/zod';
import { idSchema, lineSchema } from './id';

/** What the registry `content/questions/<id>.yaml` says of a question; its id is the file's name. */
export const registryQuestionSchema = z.strictObject({
  /** The question in the site's own words, e.g. "Should Western troops deploy to Ukraine after a ceasefire?". */
  question: lineSchema,
  /** A short name for tables and lists, e.g. "Troops after a ceasefire"; the question when left out. */
  label: lineSchema.optional(),
  /** A line or two on what the question covers, shown on its page. */
  description: lineSchema.optional(),
  /**
   * Words, or beginnings of words, that mark a sentence as bearing on the question, e.g. `[troop, soldier,
   * deploy]`: `npm run new` proposes a draft position when a quotation's words hold one. Matched without
   * regard to case, at the start of a word.
   */
  cues: z.array(lineSchema).optional(),
});

/**
 * A question an article lists in its `questions`: by id alone when the registry has it, or written out
 * in full (id and question) for a question only this article asks, which the check holds to one
 * wording across the corpus.
 */
export const articleQuestionSchema = z.strictObject({
  /** Stable slug that positions refer to: the registry file's name, e.g. `troops-after-ceasefire`. */
  id: idSchema,
  question: lineSchema.optional(),
  label: lineSchema.optional(),
  description: lineSchema.optional(),
});

/** A question, resolved: one id, one question, everywhere. Its cues serve `npm run new` only, so pages never see them. */
export const questionSchema = registryQuestionSchema.omit({ cues: true }).extend({ id: idSchema });

export type RegistryQuestion = z.infer<typeof registryQuestionSchema>;
export type ArticleQuestion = z.infer<typeof articleQuestionSchema>;
export type Question = z.infer<typeof questionSchema>;
