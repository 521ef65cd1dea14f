import type { Graph } from 'schema-dts';
import { metaLine, type MetaLine } from '../lib/analysis/glance';
import { fullTextGraph } from '../lib/publish/structured-data';
import { articleGraphUrls, shareImageUrl } from '../lib/publish/urls';
import { articleCardKey } from '../lib/share-images/cards';
import type { Block } from '../lib/text/blocks';
import type { PageArticle } from './article';
import { claimNote, type ClaimNote } from './claim-note';
import { neighboursView, type NeighboursView } from './neighbours';

/** What the full-text view renders. */
export interface FullTextView {
  article: PageArticle;
  names: ReadonlyMap<string, string>;
  meta: MetaLine;
  /** The body's headings, for "On this page". */
  headings: Block[];
  /** Each paragraph's claim notes, by the paragraph's id, in the order of their excerpts' claims. */
  notes: ReadonlyMap<string, ClaimNote[]>;
  /** Its nearest neighbours in its story, and its questions' pages for the rest. */
  neighbours: NeighboursView;
  card: string;
  graph: Graph;
}

/** The full-text view of an article: its words, the notes beside them, its neighbours and the page's metadata. */
export function fullTextView(article: PageArticle, site: URL, story: readonly PageArticle[], onQuestion: ReadonlyMap<string, number>): FullTextView {
  const names = article.analysis.names;
  const notes = new Map<string, ClaimNote[]>();
  article.analysis.claims.forEach((claim, index) => {
    notes.set(claim.blockId, [...(notes.get(claim.blockId) ?? []), claimNote(claim, names, { slug: article.slug, n: index + 1, retired: article.retired })]);
  });
  const card = articleCardKey(article.slug);
  return {
    article,
    names,
    meta: metaLine(article),
    headings: article.blocks.filter((block) => block.kind === 'heading'),
    notes,
    neighbours: neighboursView(article, story, onQuestion),
    card,
    graph: fullTextGraph(article, articleGraphUrls(article.slug, site, shareImageUrl(card))),
  };
}
