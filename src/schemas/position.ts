import { z } from 'astro/zod';
import { draftSchema } from './draft';
import { idSchema, lineSchema } from './id';
import { stances, vocabulary } from './vocabularies';

/** Where one actor stands on one question, resting on verbatim excerpts of the body. */
export const positionSchema = z.strictObject({
  /** Id of the actor who holds the position. */
  actor: idSchema,
  /** Id of the question the position is about. */
  question: idSchema,
  /** Where the actor stands: one of `stances` in `vocabularies.ts` (`supports`, `opposes`, `conditional`, `unclear`). */
  stance: vocabulary(stances),
  /** One line in the site's own words. */
  summary: lineSchema,
  /** The body text the position rests on, each copied verbatim from one paragraph. */
  excerpts: z.array(lineSchema).min(1, { message: 'needs at least one excerpt of the body' }),
  /** Set by `npm run new` to the evidence a proposed position rests on, until an editor confirms it: the check and the build refuse it. */
  draft: draftSchema.optional(),
});

export type Position = z.infer<typeof positionSchema>;
