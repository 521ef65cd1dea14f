import type { Graph } from 'schema-dts';
import { groupByKind, type ActorProfile, type Appearance } from '../lib/analysis/actors';
import { actorKindLabels, claimKindLabels, NOT_STATED, stanceLabels } from '../lib/analysis/labels';
import { mentionedBlocks, type ClaimEntry } from '../lib/analysis/model';
import { countSourcing, sourcingClasses, type SourcingClass } from '../lib/analysis/sourcing';
import { articleGraph, claimGraph, fullTextGraph } from '../lib/publish/structured-data';
import type { ActorKind } from '../schemas/actor';
import type { Stance } from '../schemas/position';
import { absoluteUrl, articleGraphUrls, claimAnchor, claimUrl, shareImageUrl } from '../lib/publish/urls';
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

/** One fact about the article the source states. */
export interface StatedFact {
  label: string;
  value: string;
  /** For a date: its machine-readable form. */
  datetime?: string;
  /** For an address: the link. */
  href?: string;
}

/** The article's metadata as one line: what the source states, then, in one phrase, what it does not. */
export interface MetaLine {
  stated: StatedFact[];
  /** E.g. "Date, author, outlet and address: not stated in the source". */
  unstated: string | undefined;
}

const sentenceCase = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** The metadata line every view of an article shows under its headline. */
export function metaLine(article: Pick<Article, 'published' | 'author' | 'outlet' | 'url'>): MetaLine {
  const date = article.published?.toISOString().slice(0, 10);
  const fields: [string, StatedFact | undefined][] = [
    ['date', date === undefined ? undefined : { label: 'Date', value: date, datetime: date }],
    ['author', article.author === undefined ? undefined : { label: 'Author', value: article.author }],
    ['outlet', article.outlet === undefined ? undefined : { label: 'Outlet', value: article.outlet }],
    ['address', article.url === undefined ? undefined : { label: 'Original address', value: article.url, href: article.url }],
  ];
  const missing = fields.filter(([, fact]) => fact === undefined).map(([name]) => name);
  const listed = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0];
  return {
    stated: fields.flatMap(([, fact]) => (fact ? [fact] : [])),
    unstated: listed === undefined ? undefined : sentenceCase(`${listed}: ${NOT_STATED}`),
  };
}

/** Actor names by id for one article, for the links its views draw. */
export const actorNames = (article: Pick<Article, 'analysis'>): ReadonlyMap<string, string> =>
  new Map(article.analysis.actors.map((actor) => [actor.id, actor.name]));

const actorRef = (names: ReadonlyMap<string, string>, id: string | undefined): ActorRef | undefined =>
  id === undefined ? undefined : { id, name: names.get(id) ?? id };

/** A claim's note, numbered by its place in the article. */
export function claimNote(article: Article, claim: ClaimEntry, n: number, names: ReadonlyMap<string, string>): ClaimNote {
  return {
    id: claim.id,
    anchor: claimAnchor(claim.id),
    n,
    summary: claim.summary,
    kind: claimKindLabels[claim.kind],
    sourcing: sourcingClasses[claim.sourcing],
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

/** How long the article is: its words, and the minutes they take at about 230 words a minute. */
export function readingLength(blocks: readonly Pick<Block, 'text'>[]): { words: number; minutes: number } {
  const words = blocks.reduce((sum, block) => sum + (block.text.match(/\S+/g)?.length ?? 0), 0);
  return { words, minutes: Math.max(1, Math.round(words / 230)) };
}

/** One question's stances, counted: "7 support · 4 oppose". */
export interface QuestionTally {
  id: string;
  question: string;
  label: string;
  counts: { stance: Stance; n: number; words: string }[];
}

const stanceVerbs: Record<Stance, [string, string]> = {
  supports: ['supports', 'support'],
  opposes: ['opposes', 'oppose'],
  conditional: ['conditional', 'conditional'],
  unclear: ['unclear', 'unclear'],
};

/** The stances recorded on each question, counted, in the vocabulary's order; stances no one holds are left out. */
export function questionTallies(analysis: Pick<Article['analysis'], 'issues' | 'positions'>): QuestionTally[] {
  return analysis.issues.map((issue) => {
    const held = analysis.positions.filter((position) => position.issue === issue.id);
    const counts = (Object.keys(stanceLabels) as Stance[])
      .map((stance) => ({ stance, n: held.filter((position) => position.stance === stance).length }))
      .filter(({ n }) => n > 0)
      .map(({ stance, n }) => ({ stance, n, words: `${n} ${stanceVerbs[stance][n === 1 ? 0 : 1]}` }));
    return { id: issue.id, question: issue.question, label: issue.label ?? issue.question, counts };
  });
}

/** One sourcing class's share of an article's claims, as a segment of a bar 100 units long. */
export interface SourcingSegment {
  name: SourcingClass;
  label: string;
  n: number;
  x: number;
  width: number;
}

/** The claims by sourcing class, as segments of one bar; classes with no claim are left out. */
export function sourcingBar(claims: readonly Pick<ClaimEntry, 'sourcing'>[]): SourcingSegment[] {
  let x = 0;
  return countSourcing(claims.map((claim) => claim.sourcing))
    .filter(([, n]) => n > 0)
    .map(([name, n]) => {
      const width = (100 * n) / claims.length;
      const segment = { name, label: sourcingClasses[name], n, x, width };
      x += width;
      return segment;
    });
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

/** The name an actor is filed under: a person's family name (the last word of the name), anything else its name. */
export function filingName(actor: Pick<ActorProfile, 'name' | 'kind' | 'unnamed'>): string {
  const name = actor.name.replace(/\s*\(.*\)$/, '');
  return actor.kind === 'person' && !actor.unnamed ? `${name.split(/\s+/).at(-1)}, ${name}` : name;
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
    label: actorKindLabels[kind],
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
