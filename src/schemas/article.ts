import { z } from 'astro/zod';
import { articleActorSchema } from './actor';
import { claimSchema } from './claim';
import { lineSchema } from './id';
import { langSchema } from './language';
import { articleQuestionSchema } from './question';
import { positionSchema } from './position';

/**
 * An article's frontmatter: the publisher's metadata and the site's analysis.
 * Metadata the source does not state is left out and shown as "not stated in the source".
 */
export const articleSchema = z.strictObject({
  /**
   * The language of the article's words, as a BCP 47 tag ("fr", "uk", "ar", "pt-BR"); English when left out.
   * It sets the pages' `lang` and `dir` on those words and the rules that read them (sentences, quotation marks).
   */
  lang: langSchema.default('en'),
  /** The headline, verbatim. */
  headline: lineSchema,
  /** The publisher's own key points, verbatim, in order. */
  keyPoints: z.array(lineSchema).default([]),
  /** The publisher's "Sources include" list, verbatim, in order. */
  sources: z.array(lineSchema).default([]),
  /** Subjects in the site's own words, for readers and, later, search. */
  topics: z.array(lineSchema).default([]),
  /** Publication date, only if the source states it (YYYY-MM-DD). */
  published: z.coerce.date().optional(),
  /** Author, only if the source states it. */
  author: lineSchema.optional(),
  /** The outlet that published the article, only if the source states it. */
  outlet: lineSchema.optional(),
  /** The original address, only if the source states it: a web address, never a script. */
  url: z.url({ protocol: /^https?$/, message: 'must be a web address starting with https:// or http://' }).optional(),
  /** Everyone and everything that acts, speaks or is cited: registry ids, each with what this article adds. */
  actors: z.array(articleActorSchema).min(1, { message: 'needs at least one actor' }),
  /** The questions the positions are about: registry ids, or a question only this article asks. */
  questions: z.array(articleQuestionSchema).default([]),
  /** Where each actor stands on each question. */
  positions: z.array(positionSchema).default([]),
  /** Every quotation and attributed statement. */
  claims: z.array(claimSchema).default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
/** Frontmatter as an author writes it, before defaults are applied. */
export type ArticleInput = z.input<typeof articleSchema>;
