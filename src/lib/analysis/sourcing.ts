import type { Actor } from '../../schemas/actor';
import type { Claim } from '../../schemas/claim';
import { sourcingClasses, valuesOf, type SourcingClass } from '../../schemas/vocabularies';

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether an actor is one of the publisher's listed sources: its name or an alias matches an entry. */
export function isListedSource(actor: Pick<Actor, 'name' | 'aliases'>, sources: readonly string[]): boolean {
  const listed = new Set(sources.map(fold));
  return [actor.name, ...actor.aliases].some((name) => listed.has(fold(name)));
}

/**
 * Classifies a claim by what the text shows of its source. A claim whose speaker, outlet, or
 * speaker's affiliation is on the publisher's own sources list is classed as such first, since
 * the reader should know the article cites a source it also lists.
 */
export function classifySourcing(claim: Pick<Claim, 'speaker' | 'via'>, actors: readonly Actor[], sources: readonly string[]): SourcingClass {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const speaker = claim.speaker === undefined ? undefined : byId.get(claim.speaker);
  const via = claim.via === undefined ? undefined : byId.get(claim.via);
  const affiliation = speaker?.affiliation === undefined ? undefined : byId.get(speaker.affiliation);
  if ([speaker, via, affiliation].some((actor) => actor && isListedSource(actor, sources))) return 'listed-source';
  if (via) return 'outlet-report';
  if (speaker?.unnamed) return 'unnamed';
  if (speaker) return 'on-record';
  return 'own-voice';
}

/** How many claims fall in each class, every class listed, in order. */
export function countSourcing(classes: readonly SourcingClass[]): [SourcingClass, number][] {
  return valuesOf(sourcingClasses).map((name) => [name, classes.filter((value) => value === name).length]);
}
