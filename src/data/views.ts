import type { Graph } from 'schema-dts';
import { groupByKind, type ActorProfile, type Appearance } from '../lib/analysis/actors';
import { filingName, metaLine, questionTallies, readingLength, sourcingBar, type MetaLine, type QuestionTally, type SourcingSegment } from '../lib/analysis/glance';
import { mentionedBlocks, type ClaimEntry } from '../lib/analysis/model';
import { actorKinds, claimKinds, sourcingClasses, type ActorKind } from '../schemas/vocabularies';
import { articleGraph, claimGraph, fullTextGraph } from '../lib/publish/structured-data';
import { claimAnchor } from '../lib/anchors/fragments';
import { absoluteUrl, articleGraphUrls, claimUrl, shareImageUrl } from '../lib/publish/urls';
import { articleCardKey, claimCardKey } from '../lib/share-images/cards';
import { splitAround } from '../lib/text/excerpts';
import type { Block } from '../lib/text/blocks';
import { retiredTo, type Article } from './articles';

/** An actor as a link: its id and the name shown. */
export interface ActorRef {
  id: string;
  name: string;
}

/** A claim's note beside the paragraph that holds its excerpt. */
export interface ClaimNote {
  id: string;
  /** The note's published id, `claim-<id>`. */
  anchor: string;
  /** The claim's number in the article, as its marker shows it. */
  n: number;
  summary: string;
  kind: string;
  sourcing: string;
  speaker?: ActorRef | undefined;
  via?: ActorRef | undefined;
  /** The claim's own page. */
  url: string;
  /** Retired anchors that now lead to this note. */
  retired: string[];
}

/** Actor names by id for one article, for the links its views draw. */
export const actorNames = (article: Pick<Article, 'analysis'>): ReadonlyMap<string, string> => article.analysis.names;

const actorRef = (names: ReadonlyMap<string, string>, id: string | undefined): ActorRef | undefined =>
  id === undefined ? undefined : { id, name: names.get(id) ?? id };

/** A claim's note, numbered by its place in the article. */
export function claimNote(article: Article, claim: ClaimEntry, n: number, names: ReadonlyMap<string, string>): ClaimNote {
  return {
    id: claim.id,
    anchor: claimAnchor(claim.id),
    n,
    summary: claim.summary,
    kind: claimKinds[claim.kind].label,
    sourcing: sourcingClasses[claim.sourcing].label,
    speaker: actorRef(names, claim.speaker),
    via: actorRef(names, claim.via),
    url: claimUrl(article.slug, claim.id),
    retired: retiredTo(article, claimAnchor(claim.id)),
  };
}

/** What the full-text view renders. */
export interface FullTextView {
  article: Article;
  names: ReadonlyMap<string, string>;
  meta: MetaLine;
  /** The body's headings, for "On this page". */
  headings: Block[];
  /** Each paragraph's claim notes, by the paragraph's id, in the order of their excerpts' claims. */
  notes: ReadonlyMap<string, ClaimNote[]>;
  card: string;
  graph: Graph;
}

/** The full-text view of an article: its words, the notes beside them, and the page's metadata. */
export function fullTextView(article: Article, site: URL): FullTextView {
  const names = actorNames(article);
  const notes = new Map<string, ClaimNote[]>();
  article.analysis.claims.forEach((claim, index) => {
    notes.set(claim.blockId, [...(notes.get(claim.blockId) ?? []), claimNote(article, claim, index + 1, names)]);
  });
  const card = articleCardKey(article.slug);
  return {
    article,
    names,
    meta: metaLine(article),
    headings: article.blocks.filter((block) => block.kind === 'heading'),
    notes,
    card,
    graph: fullTextGraph(article, articleGraphUrls(article.slug, site, shareImageUrl(card))),
  };
}

/** What the summary renders. */
export interface SummaryView {
  article: Article;
  names: ReadonlyMap<string, string>;
  meta: MetaLine;
  length: { words: number; minutes: number };
  tallies: QuestionTally[];
  sourcing: SourcingSegment[];
  card: string;
  graph: Graph;
}

/** The summary of an article: at a glance first, then who stands where and who claims what. */
export function summaryView(article: Article, site: URL): SummaryView {
  const card = articleCardKey(article.slug);
  return {
    article,
    names: actorNames(article),
    meta: metaLine(article),
    length: readingLength(article.blocks),
    tallies: questionTallies(article.analysis),
    sourcing: sourcingBar(article.analysis.claims),
    card,
    graph: articleGraph(article, articleGraphUrls(article.slug, site, shareImageUrl(card))),
  };
}

/** What a claim's page renders. */
export interface ClaimView {
  article: Article;
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
export function claimView(article: Article, claim: ClaimEntry, site: URL): ClaimView {
  const names = actorNames(article);
  const note = claimNote(article, claim, article.analysis.claims.indexOf(claim) + 1, names);
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

/** One row of the actor index. */
export interface ActorRow {
  id: string;
  name: string;
  /** The roles the articles give, each once. */
  roles: string[];
  /** E.g. "2 positions · 3 claims · named in 5 paragraphs". */
  counts: string;
}

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The actor index: each kind's actors, people by family name and the rest by name, one row each. */
export function actorIndexView(actors: readonly ActorProfile[]): { kind: ActorKind; label: string; rows: ActorRow[] }[] {
  return groupByKind(actors).map(([kind, members]) => ({
    kind,
    label: actorKinds[kind].plural,
    rows: members
      .toSorted((a, b) => filingName(a).localeCompare(filingName(b), 'en'))
      .map((actor) => {
        const sum = (count: (appearance: Appearance) => number) => actor.appearances.reduce((total, appearance) => total + count(appearance), 0);
        const counts = [
          counted(sum((a) => a.positions.length), 'position'),
          counted(sum((a) => a.claims.length + a.carried.length), 'claim'),
          `named in ${counted(sum((a) => mentionedBlocks(a.mentions).length), 'paragraph')}`,
        ];
        return { id: actor.id, name: actor.name, roles: [...new Set(actor.appearances.map((appearance) => appearance.role))], counts: counts.join(' · ') };
      }),
  }));
}

/** One actor's page: its roles, and its positions and claims across articles, each with the article it is in. */
export interface ActorView {
  /** The roles the articles give, each once. */
  roles: string[];
  /** The actor kind's plural, in lower case, for "All people in the actor index". */
  kindPlural: string;
  positions: { appearance: Appearance; position: Appearance['positions'][number] }[];
  claims: { appearance: Appearance; claim: Appearance['claims'][number] }[];
  /** Claims its reporting carries, when the actor is an outlet. */
  carried: { appearance: Appearance; claim: Appearance['carried'][number] }[];
}

/** The view model of an actor's page. */
export function actorView(actor: ActorProfile): ActorView {
  const { appearances } = actor;
  return {
    roles: [...new Set(appearances.map((appearance) => appearance.role))],
    kindPlural: actorKinds[actor.kind].plural.toLowerCase(),
    positions: appearances.flatMap((appearance) => appearance.positions.map((position) => ({ appearance, position }))),
    claims: appearances.flatMap((appearance) => appearance.claims.map((claim) => ({ appearance, claim }))),
    carried: appearances.flatMap((appearance) => appearance.carried.map((claim) => ({ appearance, claim }))),
  };
}
