import { actorKinds, type ActorKind } from '../schemas/actor';
import type { Analysis, ClaimEntry, MentionEntry, PositionEntry } from './analysis';

/** What one article says about one actor. */
export interface Appearance {
  slug: string;
  headline: string;
  role: string;
  /** The body blocks that name the actor. */
  mentions: MentionEntry[];
  positions: PositionEntry[];
  /** Claims the actor makes. */
  claims: ClaimEntry[];
  /** Claims carried by the actor's reporting, when the actor is an outlet. */
  carried: ClaimEntry[];
}

/** An actor across every article that declares it. */
export interface ActorProfile {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation?: { id: string; name: string };
  appearances: Appearance[];
}

/** The parts of an article the actor index reads. */
export interface IndexedArticle {
  slug: string;
  headline: string;
  analysis: Analysis;
}

/** Gathers every actor of every article under its id, in the order articles are given. */
export function aggregateActors(articles: readonly IndexedArticle[]): ActorProfile[] {
  const profiles = new Map<string, ActorProfile>();
  const names = new Map<string, string>();
  for (const { analysis } of articles) for (const actor of analysis.actors) if (!names.has(actor.id)) names.set(actor.id, actor.name);
  for (const { slug, headline, analysis } of articles) {
    for (const actor of analysis.actors) {
      let profile = profiles.get(actor.id);
      if (!profile) {
        profile = { id: actor.id, name: actor.name, kind: actor.kind, appearances: [] };
        if (actor.affiliation) profile.affiliation = { id: actor.affiliation, name: names.get(actor.affiliation) ?? actor.affiliation };
        profiles.set(actor.id, profile);
      }
      profile.appearances.push({
        slug,
        headline,
        role: actor.role,
        mentions: actor.mentions,
        positions: analysis.positions.filter((position) => position.actor === actor.id),
        claims: analysis.claims.filter((claim) => claim.speaker === actor.id),
        carried: analysis.claims.filter((claim) => claim.via === actor.id),
      });
    }
  }
  return [...profiles.values()];
}

/** Actors grouped by kind in the vocabulary's order, each group sorted by name; empty groups left out. */
export function groupByKind<T extends { kind: ActorKind; name: string }>(actors: readonly T[]): [ActorKind, T[]][] {
  return actorKinds
    .map((kind): [ActorKind, T[]] => [kind, actors.filter((actor) => actor.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'en'))])
    .filter(([, members]) => members.length > 0);
}
