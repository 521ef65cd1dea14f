import { z } from 'astro/zod';
import { draftSchema } from './draft';
import { idSchema, lineSchema } from './id';
import { actorKinds, vocabulary } from './vocabularies';

/** What does not change between articles: the registry `content/actors/<id>.yaml`, whose file name is the id. */
export const registryActorSchema = z.strictObject({
  /** The name the site shows, e.g. "Keir Starmer" or "Analysts (unnamed)". */
  name: lineSchema,
  /** What the actor is: one of `actorKinds` in `vocabularies.ts` (`person`, `country`, `organization`, `outlet`, `group`, `other`). */
  kind: vocabulary(actorKinds),
  /** Id of another registry actor this one belongs to or speaks for, e.g. a minister's country. */
  affiliation: idSchema.optional(),
  /** Forms that name the actor in any article, e.g. "Keir Starmer", "Starmer". Matched case-sensitively. */
  aliases: z.array(lineSchema).default([]),
  /** Adjectives and demonyms for the actor in any article ("Italian"): counted as mentions, never linked. */
  demonyms: z.array(lineSchema).default([]),
  /** True for speakers no text names, such as "Analysts"; never give them a name. */
  unnamed: z.boolean().default(false),
  /** The actor's Wikidata item, e.g. "Q6256" (emitted as `sameAs` in JSON-LD). */
  wikidata: z.string().regex(/^Q[1-9][0-9]*$/, { message: 'must be a Wikidata item id such as "Q6256"' }).optional(),
  /** The actor's own web address, e.g. its official site. */
  url: z.url({ protocol: /^https?$/, message: 'must be a web address starting with https:// or http://' }).optional(),
});

/**
 * An actor as an article lists it in `actors`: by id, adding only what this article says (the role as it
 * describes it, aliases it alone uses). An actor the registry does not have yet may be written out here
 * in full (name and kind); the check then holds it to one name and kind across the corpus.
 */
export const articleActorSchema = z.strictObject({
  /** The registry file's name, e.g. `keir-starmer` for `content/actors/keir-starmer.yaml`. */
  id: idSchema,
  /** Only for an actor not in the registry: the name the site shows. */
  name: lineSchema.optional(),
  /** Only for an actor not in the registry: what it is. */
  kind: vocabulary(actorKinds).optional(),
  /** The role as this article describes it, e.g. "British Prime Minister". */
  role: lineSchema.optional(),
  /** Only for an actor not in the registry: id of the actor it belongs to or speaks for. */
  affiliation: idSchema.optional(),
  /** Forms that name the actor in this article only; each must occur in the body. Matched case-sensitively. */
  aliases: z.array(lineSchema).default([]),
  /** Adjectives and demonyms this article alone uses for it; each must occur in the body. */
  demonyms: z.array(lineSchema).default([]),
  /** True for a speaker this article does not name, such as "Analysts". */
  unnamed: z.boolean().optional(),
  /** True while `npm run new`'s guess is unconfirmed: the check and the build refuse it until removed. */
  draft: draftSchema.optional(),
});

/** An actor as every view reads it: the registry's entry (or the article's own) with the article's additions. */
export const actorSchema = registryActorSchema.extend({
  /** Stable slug that positions, claims and other articles use to refer to this actor. */
  id: idSchema,
  /** The role as the article describes it, when it does. */
  role: lineSchema.optional(),
  draft: draftSchema.optional(),
});

export type RegistryActor = z.infer<typeof registryActorSchema>;
export type ArticleActor = z.infer<typeof articleActorSchema>;
export type Actor = z.infer<typeof actorSchema>;
