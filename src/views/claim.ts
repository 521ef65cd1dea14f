import type { Graph } from 'schema-dts';
import type { ClaimEntry } from '../lib/analysis/model';
import { claimGraph } from '../lib/publish/structured-data';
import { absoluteUrl, articleGraphUrls, shareImageUrl } from '../lib/publish/urls';
import { claimCardKey } from '../lib/share-images/cards';
import { splitAround } from '../lib/text/excerpts';
import type { PageArticle } from './article';
import { claimNote, type ClaimNote } from './claim-note';

/** What a claim's page renders. */
export interface ClaimView {
  article: PageArticle;
  note: ClaimNote;
  excerpt: string;
  /** The paragraph around the excerpt. */
  paragraph: { before: string; match: string; after: string };
  /** Who said it, as a line under the excerpt: "Keir Starmer, in …". */
  by: string;
  /** The page's absolute address, for the copy and share controls. */
  address: string;
  card: string;
  graph: Graph;
}

/** A claim's page: the article's words first, then Dossier's reading of them. */
export function claimView(article: PageArticle, claim: ClaimEntry, site: URL): ClaimView {
  const note = claimNote(claim, article.analysis.names, { slug: article.slug, n: article.analysis.claims.indexOf(claim) + 1, retired: article.retired });
  const paragraph = article.blocks.find((block) => block.id === claim.blockId)!;
  const card = claimCardKey(article.slug, claim.id);
  return {
    article,
    note,
    excerpt: claim.excerpt,
    paragraph: splitAround(paragraph.text, claim.excerpt),
    by: note.speaker?.name ?? 'The article',
    address: absoluteUrl(note.url, site),
    card,
    graph: claimGraph(article, claim, articleGraphUrls(article.slug, site, shareImageUrl(card))),
  };
}
