import { z } from 'astro/zod';
import { idSchema, lineSchema } from './id';
import { actorKinds, vocabulary } from './vocabularies';

/** Someone or something that acts, speaks or is reported on in an article. */
export const actorSchema = z.strictObject({
  /** Stable slug that positions, claims and other articles use to refer to this actor. */
  id: idSchema,
  /** The name the site shows, e.g. "Keir Starmer" or "Analysts (unnamed)". */
  name: lineSchema,
  /** What the actor is: one of `actorKinds` in `vocabularies.ts` (`person`, `country`, `organization`, `outlet`, `group`, `other`). */
  kind: vocabulary(actorKinds),
  /** The role as the article describes it, e.g. "British Prime Minister". */
  role: lineSchema,
  /** Id of another actor this one belongs to or speaks for, e.g. a minister's country. */
  affiliation: idSchema.optional(),
  /** Every form by which the body names this actor; each must occur in the body. The full text links the actor once, at its first mention. */
  aliases: z.array(lineSchema).default([]),
  /**
   * Adjectives and demonyms the body uses for this actor ("Italian", "German"); each must occur in the body.
   * They count as mentions, on the actor's page and in the analysis, but the full text never links them.
   */
  demonyms: z.array(lineSchema).default([]),
  /** True for speakers the text does not name, such as "Analysts"; never give them a name. */
  unnamed: z.boolean().default(false),
});

export type Actor = z.infer<typeof actorSchema>;
