import { z } from 'astro/zod';
import terms from './vocabularies.json' with { type: 'json' };

/**
 * Dossier's closed vocabularies, each written once, in `vocabularies.json` (data, so each list reads as a
 * table): the schemas take their enums from here, the pages their labels and symbols, the JSON its values,
 * and the README's "Vocabularies" tables say the same (tests/unit/vocabularies.test.ts compares them).
 * The order of each list is the order the site shows.
 */

/** One value of a closed vocabulary, as the site shows and explains it. */
export interface Term {
  /** What the site shows for the value, e.g. "Supports". */
  label: string;
  /** A symbol shown with the label, so that colour never carries the meaning alone. */
  symbol: string;
  /** One line on what the value means. */
  meaning: string;
}

/** Where an actor stands on a question. */
export const stances = terms.stances satisfies Record<string, Term>;

/** What kind of statement a claim is. */
export const claimKinds = terms.claimKinds satisfies Record<string, Term>;

/** What an actor is; `plural` heads its group in the actor index. */
export const actorKinds = terms.actorKinds satisfies Record<string, Term & { plural: string }>;

/** How the text sources a claim, from most to least attributable (derived, never written by authors). */
export const sourcingClasses = terms.sourcingClasses satisfies Record<string, Term>;

export type Stance = keyof typeof stances;
export type ClaimKind = keyof typeof claimKinds;
export type ActorKind = keyof typeof actorKinds;
export type SourcingClass = keyof typeof sourcingClasses;

/** A vocabulary's values, in order. */
export const valuesOf = <T extends Record<string, Term>>(terms: T) => Object.keys(terms) as (keyof T & string)[];

/** The schema of a vocabulary's values: exactly its keys. */
export function vocabulary<const T extends Record<string, Term>>(terms: T) {
  return z.enum(valuesOf(terms) as [keyof T & string, ...(keyof T & string)[]]);
}
