import { z } from 'astro/zod';
import { idSchema, lineSchema, vocabulary } from './id';

/** The closed vocabulary of claim kinds, with the meaning the site gives each. */
export const claimKinds = {
  quote: 'Direct quote: the speaker’s words inside quotation marks.',
  paraphrase: 'Paraphrase: the article restates what the speaker said.',
  reported: 'Reported: the article relays what a report or outlet says.',
  assertion: 'Assertion: the article states it in its own voice, attributed to no one.',
  analysis: 'Analysis: an interpretation or forecast, by the article or by commentators.',
} as const;

export type ClaimKind = keyof typeof claimKinds;

/** A statement made in the article: who made it, through whom, and the sentence it rests on. */
export const claimSchema = z.strictObject({
  /** Stable slug, unique within the article. */
  id: idSchema,
  /** Id of the actor who makes the claim: required for quotes and paraphrases, left out for the article's own assertions and analysis. */
  speaker: idSchema.optional(),
  /** Id of the outlet actor when the article attributes the claim to its report. */
  via: idSchema.optional(),
  /** One of `quote`, `paraphrase`, `reported`, `assertion`, `analysis`. */
  kind: vocabulary(claimKinds),
  /** The claim's words, copied verbatim from one paragraph of the body. */
  excerpt: lineSchema,
  /** One line in the site's own words. */
  summary: lineSchema,
  /** True while `npm run new`'s guess is unconfirmed: the check and the build refuse it until removed. */
  draft: z.boolean().optional(),
});

export type Claim = z.infer<typeof claimSchema>;
