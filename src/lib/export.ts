import type { Analysis } from './analysis';

/** The article fields the JSON export carries. */
export interface ExportedArticle {
  slug: string;
  headline: string;
  keyPoints: string[];
  sources: string[];
  topics: string[];
  published?: Date | undefined;
  author?: string | undefined;
  outlet?: string | undefined;
  url?: string | undefined;
  analysis: Analysis;
}

/**
 * The validated analysis as a JSON document. Metadata the source does not state is `null`,
 * never guessed; every position and claim carries the id of the paragraph it rests on.
 */
export function analysisDocument(article: ExportedArticle, links: { summary: string; fullText: string }) {
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
      mentions: mentions.map((mention) => mention.blockId),
    })),
    issues: analysis.issues,
    positions: analysis.positions.map(({ excerpts: _excerpts, citations, ...position }) => ({
      ...position,
      citations,
    })),
    claims: analysis.claims.map(({ speaker, via, ...claim }) => ({ ...claim, speaker: speaker ?? null, via: via ?? null })),
  };
}
