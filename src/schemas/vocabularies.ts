import { z } from 'astro/zod';

/**
 * Dossier's closed vocabularies, each written once: the schemas take their enums from here, the pages
 * their labels and symbols, the JSON its values, and the README's "Vocabularies" tables say the same
 * (tests/unit/vocabularies.test.ts compares them). The order of each list is the order the site shows.
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
export const stances = {
  supports: { label: 'Supports', symbol: '✓', meaning: 'The actor backs it, in words or deeds.' },
  opposes: { label: 'Opposes', symbol: '✗', meaning: 'The actor rejects it.' },
  conditional: { label: 'Conditional', symbol: '◐', meaning: 'The actor backs it only in part or only under conditions.' },
  unclear: { label: 'Unclear', symbol: '?', meaning: 'The actor is involved but the text does not say where they stand.' },
} as const satisfies Record<string, Term>;

/** What kind of statement a claim is. */
export const claimKinds = {
  quote: { label: 'Direct quote', symbol: '“', meaning: 'The speaker’s words inside quotation marks.' },
  paraphrase: { label: 'Paraphrase', symbol: '≈', meaning: 'The article restates what the speaker said.' },
  reported: { label: 'Reported', symbol: '↪', meaning: 'The article relays what a report or outlet says.' },
  assertion: { label: 'The article’s own assertion', symbol: '¶', meaning: 'The article states it in its own voice, attributed to no one.' },
  analysis: { label: 'Analysis', symbol: '∴', meaning: 'An interpretation or forecast, by the article or by commentators.' },
} as const satisfies Record<string, Term>;

/** What an actor is; `plural` heads its group in the actor index. */
export const actorKinds = {
  person: { label: 'Person', plural: 'People', symbol: '●', meaning: 'A named individual, or one the text describes.' },
  country: { label: 'Country', plural: 'Countries', symbol: '■', meaning: 'A state, as its government acts or speaks.' },
  organization: { label: 'Organization', plural: 'Organizations and alliances', symbol: '◆', meaning: 'An institution, alliance or coalition.' },
  outlet: { label: 'Outlet', plural: 'Outlets', symbol: '▲', meaning: 'A newspaper, broadcaster or channel whose reports the article relays.' },
  group: { label: 'Group', plural: 'Groups', symbol: '○', meaning: 'People the text speaks of together, named or not, such as “analysts”.' },
  other: { label: 'Other', plural: 'Others', symbol: '◇', meaning: 'Anything else that acts or speaks, such as a chatbot.' },
} as const satisfies Record<string, Term & { plural: string }>;

/** How the text sources a claim, from most to least attributable (derived, never written by authors). */
export const sourcingClasses = {
  'on-record': { label: 'A named speaker, on the record', symbol: '●', meaning: 'A named speaker says it.' },
  'outlet-report': { label: 'A named outlet’s report', symbol: '◆', meaning: 'The article relays a named outlet’s report.' },
  'listed-source': { label: 'A source the publisher lists in “Sources include”', symbol: '▲', meaning: 'The speaker, outlet or their affiliation is on the publisher’s own sources list.' },
  unnamed: { label: 'Unnamed sources', symbol: '○', meaning: 'The speaker is one the text does not name.' },
  'own-voice': { label: 'The article’s own voice, attributed to no one', symbol: '■', meaning: 'Nobody is named as its source.' },
} as const satisfies Record<string, Term>;

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
