import { actorKinds, valuesOf, type ActorKind } from '../../schemas/vocabularies';
import type { Analysis, ClaimEntry, MentionEntry, PositionEntry } from './model';
import { collate } from '../text/language';

/** What one article says about one actor. */
export interface Appearance {
  slug: string;
  headline: string;
  /** The language of the article's words (BCP 47); English when absent. */
  lang?: string | undefined;
  published?: Date | undefined;
  outlet?: string | undefined;
  /** The role as this article describes it, when it does: roles are listed per article, never joined. */
  role?: string | undefined;
  /** The body blocks that name the actor. */
  mentions: MentionEntry[];
  positions: PositionEntry[];
  /** Claims the actor makes. */
  claims: ClaimEntry[];
  /** Claims carried by the actor's reporting, when the actor is an outlet. */
  carried: ClaimEntry[];
}

/** Another actor named in the same paragraphs, and in how many. */
export interface CoMention {
  id: string;
  name: string;
  count: number;
}

/** An actor across every article that declares it. */
export interface ActorProfile {
  id: string;
  name: string;
  kind: ActorKind;
  unnamed: boolean;
  affiliation?: { id: string; name: string };
  /** Every form that names it, in the registry and in any article. */
  aliases: string[];
  /** Its name in other languages and scripts, from the registry, by language tag. */
  names: { lang: string; name: string }[];
  /** The actor's Wikidata item, from the registry. */
  wikidata?: string | undefined;
  /** The actor's own web address, from the registry. */
  url?: string | undefined;
  /** Every article that lists it, newest first. */
  appearances: Appearance[];
  /** The actors most often named in the same paragraphs, most first. */
  coMentioned: CoMention[];
}

/** The parts of an article the actor index reads. */
export interface IndexedArticle {
  slug: string;
  headline: string;
  /** The language of the article's words (BCP 47); English when absent. */
  lang?: string | undefined;
  published?: Date | undefined;
  outlet?: string | undefined;
  analysis: Analysis;
}

/** Gathers every actor of every article under its id, in the order articles are given. */
export function aggregateActors(articles: readonly IndexedArticle[]): ActorProfile[] {
  const profiles = new Map<string, ActorProfile>();
  const names = new Map<string, string>();
  for (const { analysis } of articles) for (const actor of analysis.actors) if (!names.has(actor.id)) names.set(actor.id, actor.name);
  for (const { slug, headline, lang, published, outlet, analysis } of articles) {
    for (const actor of analysis.actors) {
      let profile = profiles.get(actor.id);
      if (!profile) {
        profile = { id: actor.id, name: actor.name, kind: actor.kind, unnamed: actor.unnamed, aliases: [], names: Object.entries(actor.names ?? {}).map(([tag, local]) => ({ lang: tag, name: local.name })), wikidata: actor.wikidata, url: actor.url, appearances: [], coMentioned: [] };
        if (actor.affiliation) profile.affiliation = { id: actor.affiliation, name: names.get(actor.affiliation) ?? actor.affiliation };
        profiles.set(actor.id, profile);
      }
      for (const alias of actor.aliases) if (!profile.aliases.includes(alias)) profile.aliases.push(alias);
      profile.appearances.push({
        slug,
        headline,
        lang,
        published,
        outlet,
        role: actor.role,
        mentions: actor.mentions,
        positions: analysis.positions.filter((position) => position.actor === actor.id),
        claims: analysis.claims.filter((claim) => claim.speaker === actor.id),
        carried: analysis.claims.filter((claim) => claim.via === actor.id),
      });
    }
  }
  const counts = coMentionCounts(articles);
  for (const profile of profiles.values()) profile.coMentioned = topCoMentions(counts.get(profile.id), names);
  return [...profiles.values()];
}

/**
 * For each actor, how often each other actor is named in a paragraph that names it, across articles:
 * one pass over each article's paragraphs, so the cost grows with the number of mentions, not with
 * the number of actors times the number of articles.
 */
function coMentionCounts(articles: readonly IndexedArticle[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const { analysis } of articles) {
    const namedIn = new Map<string, Set<string>>();
    for (const actor of analysis.actors) {
      for (const { blockId } of actor.mentions) namedIn.set(blockId, (namedIn.get(blockId) ?? new Set()).add(actor.id));
    }
    for (const ids of namedIn.values()) {
      for (const id of ids) {
        const mine = counts.get(id) ?? counts.set(id, new Map()).get(id)!;
        for (const other of ids) if (other !== id) mine.set(other, (mine.get(other) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** The `limit` actors most often named alongside one actor, most first, then by name. */
function topCoMentions(counts: ReadonlyMap<string, number> | undefined, names: ReadonlyMap<string, string>, limit = 5): CoMention[] {
  return [...(counts ?? [])]
    .map(([id, count]) => ({ id, name: names.get(id) ?? id, count }))
    .sort((a, b) => b.count - a.count || collate(a.name, b.name))
    .slice(0, limit);
}

/** Actors grouped by kind in the vocabulary's order, each group sorted by name; empty groups left out. */
export function groupByKind<T extends { kind: ActorKind; name: string }>(actors: readonly T[]): [ActorKind, T[]][] {
  return valuesOf(actorKinds)
    .map((kind): [ActorKind, T[]] => [kind, actors.filter((actor) => actor.kind === kind).sort((a, b) => collate(a.name, b.name))])
    .filter(([, members]) => members.length > 0);
}
