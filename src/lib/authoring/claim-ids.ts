import { fitId, idSchema } from '../../schemas/id';
import { slugify } from '../check/did-you-mean';

/**
 * A new claim's id, as `npm run new` and the Annotate app both make it: its speaker and the first four
 * words of what it quotes (`keir-starmer-we-will-establish`), cut to the id length with `room` left for a
 * suffix, `fallback` when there are no such words, and `-2`, `-3` … until no claim in `taken` has it.
 */
export function newClaimId(speaker: string | undefined, words: string, taken: ReadonlySet<string | undefined>, fallback: string, room?: number): string {
  const written = fitId([speaker, slugify(words).split('-').slice(0, 4).join('-')].filter(Boolean).join('-') || fallback, room);
  const base = idSchema.safeParse(written).success ? written : `${fallback}-${written}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
