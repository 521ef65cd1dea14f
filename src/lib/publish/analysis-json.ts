import { mentionedBlocks } from '../analysis/model';
import type { ResolvedArticle } from '../analysis/article';
import { isoDay } from '../analysis/dates';

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
    published: article.published ? isoDay(article.published) : null,
    author: article.author ?? null,
    outlet: article.outlet ?? null,
    url: article.url ?? null,
    links,
    actors: analysis.actors.map(({ mentions, ...actor }) => ({
      ...actor,
      role: actor.role ?? null,
      affiliation: actor.affiliation ?? null,
      mentions: mentionedBlocks(mentions).map((mention) => mention.blockId),
    })),
    questions: analysis.questions,
    /** The questions under their first name, for readers of the JSON published before questions had theirs. */
    issues: analysis.questions,
    positions: analysis.positions.map(({ excerpts: _excerpts, citations, ...position }) => ({
      ...position,
      issue: position.question,
      citations,
    })),
    claims: analysis.claims.map(({ speaker, via, ...claim }) => ({ ...claim, speaker: speaker ?? null, via: via ?? null })),
  };
}
