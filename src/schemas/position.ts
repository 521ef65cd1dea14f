import { z } from 'astro/zod';
import { idSchema, lineSchema, vocabulary } from './id';

/**
 * The closed vocabulary of stances, each with the meaning the site gives it.
 * The order is the order of the summary view.
 */
export const stances = {
  supports: 'Supports: the actor backs it, in words or deeds.',
  opposes: 'Opposes: the actor rejects it.',
  conditional: 'Conditional: the actor backs it only in part or only under conditions.',
  unclear: 'Unclear: the actor is involved but the text does not say where they stand.',
} as const;

export type Stance = keyof typeof stances;

/** Where one actor stands on one issue, resting on verbatim excerpts of the body. */
export const positionSchema = z.strictObject({
  /** Id of the actor who holds the position. */
  actor: idSchema,
  /** Id of the issue the position is about. */
  issue: idSchema,
  /** One of `supports`, `opposes`, `conditional`, `unclear`. */
  stance: vocabulary(stances),
  /** One line in the site's own words. */
  summary: lineSchema,
  /** The body text the position rests on, each copied verbatim from one paragraph. */
  excerpts: z.array(lineSchema).min(1, { message: 'needs at least one excerpt of the body' }),
});

export type Position = z.infer<typeof positionSchema>;
