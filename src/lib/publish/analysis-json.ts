import { mentionedBlocks } from '../analysis/model';
import type { ResolvedArticle } from '../analysis/article';

/**
 * The validated analysis as a JSON document. Metadata the source does not state is `null`,
 * never guessed; every position and claim carries the id of the paragraph it rests on.
 */
export function analysisDocument(article: ResolvedArticle, links: { summary: string; fullText: string }) {
  const { analysis } = article;
  return {
    slug: article.slug,
    headline: article.headline,
    keyPoints: article.keyPoints,
    sources: article.sources,
    topics: article.topics,
    published: article.published?.toISOString().slice(0, 10) ?? null,
    author: article.author ?? null,
    outlet: article.outlet ?? null,
    url: article.url ?? null,
    links,
    actors: analysis.actors.map(({ mentions, affiliation, ...actor }) => ({
      ...actor,
      affiliation: affiliation ?? null,
      mentions: mentionedBlocks(mentions).map((mention) => mention.blockId),
    })),
    issues: analysis.issues,
    positions: analysis.positions.map(({ excerpts: _excerpts, citations, ...position }) => ({
      ...position,
      citations,
    })),
    claims: analysis.claims.map(({ speaker, via, ...claim }) => ({ ...claim, speaker: speaker ?? null, via: via ?? null })),
  };
}
