import type { Graph } from 'schema-dts';
import { metaLine, questionTallies, readingLength, sourcingBar, type MetaLine, type QuestionTally, type SourcingSegment } from '../lib/analysis/glance';
import { articleGraph } from '../lib/publish/structured-data';
import { articleGraphUrls, shareImageUrl } from '../lib/publish/urls';
import { articleCardKey } from '../lib/share-images/cards';
import type { PageArticle } from './article';
import { claimNote, type ClaimNote } from './claim-note';
import { neighboursView, type NeighboursView } from './neighbours';

/** What the summary renders. */
export interface SummaryView {
  article: PageArticle;
  meta: MetaLine;
  length: { words: number; minutes: number };
  tallies: QuestionTally[];
  sourcing: SourcingSegment[];
  /** Its claims, numbered as in the full text. */
  claims: ClaimNote[];
  /** Its nearest neighbours in its story, and its questions' pages for the rest. */
  neighbours: NeighboursView;
  card: string;
  graph: Graph;
}

/** The summary of an article: at a glance first, then who stands where and who claims what. */
export function summaryView(article: PageArticle, site: URL, story: readonly PageArticle[], onQuestion: ReadonlyMap<string, number>): SummaryView {
  const card = articleCardKey(article.slug);
  return {
    article,
    meta: metaLine(article),
    length: readingLength(article.blocks),
    tallies: questionTallies(article.analysis),
    sourcing: sourcingBar(article.analysis.claims),
    claims: article.analysis.claims.map((claim, index) => claimNote(claim, article.analysis.names, { slug: article.slug, n: index + 1, retired: article.retired })),
    neighbours: neighboursView(article, story, onQuestion),
    card,
    graph: articleGraph(article, articleGraphUrls(article.slug, site, shareImageUrl(card))),
  };
}
