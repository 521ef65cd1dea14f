import type { Claim as ClaimNode, CreativeWork, Graph, NewsArticle, Thing } from 'schema-dts';
import type { ActorKind } from '../../schemas/vocabularies';
import type { ActorEntry, ClaimEntry } from '../analysis/model';
import type { ResolvedArticle } from '../analysis/article';

/** Absolute URLs the graph points at; built by the page from `src/lib/urls` and the site's address. */
export interface GraphUrls {
  article: string;
  image: string;
  actor: (actorId: string) => string;
  claim: (claimId: string) => string;
  paragraph: (blockId: string) => string;
}

const types: Record<ActorKind, 'Person' | 'Country' | 'Organization' | 'NewsMediaOrganization' | 'Thing'> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  outlet: 'NewsMediaOrganization',
  group: 'Thing',
  other: 'Thing',
};

/** The address of a Wikidata item, which the registry names by its id, e.g. `Q145`. */
export const wikidataUrl = (item: string) => `https://www.wikidata.org/wiki/${item}`;

/**
 * One actor as a schema.org node: its type and name. Its `@id` is the actor's entry in the actor
 * index, shared by every article, so the node leaves out the role, which each article states anew.
 */
function actorNode(actor: Pick<ActorEntry, 'id' | 'kind' | 'name'>, urls: GraphUrls): Thing {
  return { '@type': types[actor.kind], '@id': urls.actor(actor.id), name: actor.name } as Thing;
}

/** One claim as a schema.org `Claim`, appearing in its paragraph. */
function claimNode(claim: ClaimEntry, urls: GraphUrls): ClaimNode {
  const appearance: CreativeWork = { '@type': 'CreativeWork', url: urls.paragraph(claim.blockId), isPartOf: { '@id': urls.article } };
  return {
    '@type': 'Claim',
    '@id': urls.claim(claim.id),
    text: claim.excerpt,
    abstract: claim.summary,
    ...(claim.speaker ? { author: { '@id': urls.actor(claim.speaker) } } : {}),
    appearance,
    firstAppearance: appearance,
  };
}

/**
 * The article node; unstated metadata is left out, never guessed. `described` adds its abstract (the key
 * points), its topics and its sources, which one page (the summary) carries for every view of the article.
 */
function articleNode(article: ResolvedArticle, urls: GraphUrls, described: boolean): NewsArticle {
  return {
    '@type': 'NewsArticle',
    '@id': urls.article,
    url: urls.article,
    headline: article.headline,
    ...(described ? { abstract: article.keyPoints.join(' ') } : {}),
    image: urls.image,
    ...(described ? { keywords: article.topics.join(', ') } : {}),
    isAccessibleForFree: true,
    ...(article.published ? { datePublished: article.published.toISOString().slice(0, 10) } : {}),
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    ...(article.outlet ? { publisher: { '@type': 'NewsMediaOrganization', name: article.outlet } } : {}),
    ...(article.url ? { sameAs: article.url } : {}),
    ...(described ? { citation: article.sources.map((name) => ({ '@type': 'CreativeWork', name })) } : {}),
  };
}

/**
 * JSON-LD for the summary: the article and every actor it names, each node once and in place: under
 * `about` the actors that take a position, under `mentions` the others (what an article is about, it
 * mentions). Each claim's node lives on the claim's own page (`claimGraph`): all of them here would
 * cost the summary about 3 KB compressed, a third of its budget.
 */
export function articleGraph(article: ResolvedArticle, urls: GraphUrls): Graph {
  const { actors, positions } = article.analysis;
  const positioned = new Set(positions.map((position) => position.actor));
  const about = actors.filter((actor) => positioned.has(actor.id));
  const mentions = actors.filter((actor) => !positioned.has(actor.id));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        ...articleNode(article, urls, true),
        ...(about.length > 0 ? { about: about.map((actor) => actorNode(actor, urls)) } : {}),
        ...(mentions.length > 0 ? { mentions: mentions.map((actor) => actorNode(actor, urls)) } : {}),
      },
    ],
  };
}

/**
 * JSON-LD for the full-text view: the article's node without its actors, its abstract (the key points),
 * its topics and its sources, which the summary's node, under the same `@id`, carries (the key points and
 * the sources this page shows in words). Repeating them here would cost the longest page about 1 KB compressed.
 */
export function fullTextGraph(article: ResolvedArticle, urls: GraphUrls): Graph {
  return { '@context': 'https://schema.org', '@graph': [articleNode(article, urls, false)] };
}

/** JSON-LD for one claim's page: the claim, its speaker and the article it appears in. */
export function claimGraph(article: ResolvedArticle, claim: ClaimEntry, urls: GraphUrls): Graph {
  const speaker = article.analysis.actors.find((actor) => actor.id === claim.speaker);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      claimNode(claim, urls),
      ...(speaker ? [actorNode(speaker, urls)] : []),
      { '@type': 'NewsArticle', '@id': urls.article, url: urls.article, headline: article.headline },
    ],
  };
}

/**
 * A graph as the text of a `<script type="application/ld+json">`: JSON with every `<` escaped, so no
 * text inside it (a headline reading `</script>`) can close the element early.
 */
export function jsonLdText(graph: Graph): string {
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}

/**
 * JSON-LD for an actor's page: the actor's node, with `sameAs` its Wikidata item and its own site when the
 * registry gives them, and `alternateName` its names in other languages and scripts. The articles' pages
 * name the actor by the same `@id` and leave these out.
 */
export function actorGraph(actor: { id: string; kind: ActorKind; name: string; wikidata?: string | undefined; url?: string | undefined; names?: readonly { name: string }[] }, actorUrl: (actorId: string) => string): Graph {
  const sameAs = [...(actor.wikidata ? [wikidataUrl(actor.wikidata)] : []), ...(actor.url ? [actor.url] : [])];
  const alternateName = (actor.names ?? []).map((local) => local.name).filter((name) => name !== actor.name);
  const node = { '@type': types[actor.kind], '@id': actorUrl(actor.id), name: actor.name, ...(alternateName.length > 0 ? { alternateName } : {}), ...(sameAs.length > 0 ? { sameAs } : {}) } as Thing;
  return { '@context': 'https://schema.org', '@graph': [node] };
}
