import { z } from 'astro/zod';
import { draftSchema } from './draft';
import { idSchema, lineSchema } from './id';
import { claimKinds, vocabulary } from './vocabularies';

/** A statement made in the article: who made it, through whom, and the sentence it rests on. */
export const claimSchema = z.strictObject({
  /** Stable slug, unique within the article. */
  id: idSchema,
  /** Id of the actor who makes the claim: required for quotes and paraphrases, left out for the article's own assertions and analysis. */
  speaker: idSchema.optional(),
  /** Id of the outlet actor when the article attributes the claim to its report. */
  via: idSchema.optional(),
  /** What kind of statement it is: one of `claimKinds` in `vocabularies.ts` (`quote`, `paraphrase`, `reported`, `assertion`, `analysis`). */
  kind: vocabulary(claimKinds),
  /** The claim's words, copied verbatim from one paragraph of the body. */
  excerpt: lineSchema,
  /** One line in the site's own words. */
  summary: lineSchema,
  /** True while `npm run new`'s guess is unconfirmed: the check and the build refuse it until removed. */
  draft: draftSchema.optional(),
});

export type Claim = z.infer<typeof claimSchema>;
