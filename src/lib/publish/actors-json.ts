import type { ActorProfile } from '../analysis/actors';
import { mentionedBlocks } from '../analysis/model';

/** Absolute or site URLs the aggregated export links to. */
export interface ActorExportUrls {
  actor: (actorId: string) => string;
  paragraph: (slug: string, blockId: string) => string;
  claim: (slug: string, claimId: string) => string;
}

/** Every actor across the corpus, with positions, claims and links, as `/actors.json` serves it. */
export function actorsDocument(actors: readonly ActorProfile[], urls: ActorExportUrls) {
  return {
    actors: actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      unnamed: actor.unnamed,
      affiliation: actor.affiliation?.id ?? null,
      url: urls.actor(actor.id),
      articles: actor.appearances.map((appearance) => ({
        slug: appearance.slug,
        headline: appearance.headline,
        role: appearance.role,
        positions: appearance.positions.map(({ issue, stance, summary, citations }) => ({
          issue,
          stance,
          summary,
          citations: citations.map(({ excerpt, blockId }) => ({ excerpt, url: urls.paragraph(appearance.slug, blockId) })),
        })),
        claims: appearance.claims.map(({ id, kind, summary, excerpt, via, sourcing }) => ({ id, kind, summary, excerpt, via: via ?? null, sourcing, url: urls.claim(appearance.slug, id) })),
        mentions: mentionedBlocks(appearance.mentions).map((mention) => urls.paragraph(appearance.slug, mention.blockId)),
      })),
      coMentioned: actor.coMentioned,
    })),
  };
}
