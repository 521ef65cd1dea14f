import type { ActorProfile } from '../analysis/actors';
import { mentionedBlocks } from '../analysis/model';
import { isoDay } from '../analysis/dates';

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
      aliases: actor.aliases,
      wikidata: actor.wikidata ?? null,
      /** The registry's `url`, the actor's own site; `url` is the actor's page here, as it always was. */
      website: actor.url ?? null,
      url: urls.actor(actor.id),
      articles: actor.appearances.map((appearance) => {
        const article = { slug: appearance.slug, published: appearance.published ? isoDay(appearance.published) : null };
        return {
          ...article,
          headline: appearance.headline,
          outlet: appearance.outlet ?? null,
          role: appearance.role ?? null,
          positions: appearance.positions.map(({ question, stance, summary, citations }) => ({
            question,
            issue: question,
            stance,
            summary,
            article,
            citations: citations.map(({ excerpt, blockId }) => ({ excerpt, paragraph: blockId, url: urls.paragraph(appearance.slug, blockId) })),
          })),
          claims: appearance.claims.map(({ id, kind, summary, excerpt, via, sourcing, blockId }) => ({ id, kind, summary, excerpt, via: via ?? null, sourcing, article, paragraph: blockId, url: urls.claim(appearance.slug, id) })),
          mentions: mentionedBlocks(appearance.mentions).map((mention) => urls.paragraph(appearance.slug, mention.blockId)),
        };
      }),
      coMentioned: actor.coMentioned,
    })),
  };
}
