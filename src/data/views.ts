import type { Graph } from 'schema-dts';
import { groupByKind, type ActorProfile, type Appearance } from '../lib/analysis/actors';
import { filingName, metaLine, questionTallies, readingLength, sourcingBar, type MetaLine, type QuestionTally, type SourcingSegment } from '../lib/analysis/glance';
import { mentionedBlocks, openingWords, type ClaimEntry } from '../lib/analysis/model';
import { byOldest } from '../lib/analysis/order';
import { actorKinds, claimKinds, sourcingClasses, stances, type ActorKind } from '../schemas/vocabularies';
import { articleGraph, claimGraph, fullTextGraph } from '../lib/publish/structured-data';
import { claimAnchor } from '../lib/anchors/fragments';
import { absoluteUrl, articleGraphUrls, claimUrl, shareImageUrl } from '../lib/publish/urls';
import { articleCardKey, claimCardKey } from '../lib/share-images/cards';
import { splitAround } from '../lib/text/excerpts';
import type { Block } from '../lib/text/blocks';
import { retiredTo, type Article } from './articles';
import { isoDay, readableDate } from '../lib/analysis/dates';
import { questionStory, stanceHistories, type QuestionStory, type StanceHistory, type StanceStep } from '../lib/corpus/timeline';
import { alsoOn } from '../lib/corpus/related';
import type { Question } from '../schemas/question';

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
  /** The other articles of its story: those that share a question with it, newest first. */
  related: ReturnType<typeof alsoOnView>;
  card: string;
  graph: Graph;
}

/** The full-text view of an article: its words, the notes beside them, and the page's metadata. */
export function fullTextView(article: Article, site: URL, articles: readonly Article[]): FullTextView {
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
    related: alsoOnView(article, articles),
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
  /** The other articles of its story: those that share a question with it, newest first. */
  related: ReturnType<typeof alsoOnView>;
  card: string;
  graph: Graph;
}

/** The summary of an article: at a glance first, then who stands where and who claims what. */
export function summaryView(article: Article, site: URL, articles: readonly Article[]): SummaryView {
  const card = articleCardKey(article.slug);
  return {
    article,
    names: actorNames(article),
    meta: metaLine(article),
    length: readingLength(article.blocks),
    tallies: questionTallies(article.analysis),
    sourcing: sourcingBar(article.analysis.claims),
    related: alsoOnView(article, articles),
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
        return { id: actor.id, name: actor.name, roles: rolesOf(actor.appearances), counts: counts.join(' · ') };
      }),
  }));
}

/** The roles the articles give, each once, newest article first. */
const rolesOf = (appearances: readonly Appearance[]) => [...new Set(appearances.flatMap((appearance) => (appearance.role ? [appearance.role] : [])))];

/** What one article holds of an actor's story: its claims there, under the article cited. */
export interface InArticle<T> {
  article: ArticleRef;
  items: T[];
}

/** One actor's page: its roles per article, its positions by question over time, its claims in date order. */
export interface ActorView {
  /** The articles that list it, newest first. */
  articles: ArticleRef[];
  /** Whether it is in more than one article: only then does the page say which article each item is from. */
  several: boolean;
  /** Each article's description of the actor, never joined: one entry per article that gives a role. */
  roles: { role: string; article: ArticleRef }[];
  /** The roles, each once, for the page's description. */
  roleLine: string;
  /** The actor kind's plural, in lower case, for "All people in the actor index". */
  kindPlural: string;
  /** Per question, the actor's stances in date order (undated last), changes marked. */
  positions: { question: string; steps: { article: ArticleRef; position: Appearance['positions'][number]; change?: string | undefined }[] }[];
  /** Its claims, by article, oldest article first (undated last). */
  claims: InArticle<Appearance['claims'][number]>[];
  /** Claims its reporting carries, when the actor is an outlet, by article likewise. */
  carried: InArticle<Appearance['carried'][number]>[];
}

/** The view model of an actor's page. */
export function actorView(actor: ActorProfile): ActorView {
  const oldestFirst = actor.appearances.toSorted(byOldest);
  const story = oldestFirst.map((appearance) => ({ ...appearance, analysis: { positions: appearance.positions } }));
  const byArticle = <T,>(pick: (appearance: Appearance) => readonly T[]) =>
    oldestFirst.flatMap((appearance) => (pick(appearance).length > 0 ? [{ article: articleRef(appearance), items: [...pick(appearance)] }] : []));
  return {
    articles: actor.appearances.map(articleRef),
    several: actor.appearances.length > 1,
    roles: oldestFirst.flatMap((appearance) => (appearance.role ? [{ role: appearance.role, article: articleRef(appearance) }] : [])),
    roleLine: rolesOf(actor.appearances).join('; '),
    kindPlural: actorKinds[actor.kind].plural.toLowerCase(),
    positions: stanceHistories(story).map((history) => ({
      question: history.question,
      steps: history.steps.map((step) => ({ article: articleRef(step.article), position: step.position, change: changeLabel(step) })),
    })),
    claims: byArticle((appearance) => appearance.claims),
    carried: byArticle((appearance) => appearance.carried),
  };
}

/** An article as other pages cite it: headline, outlet and date, each only if the source states it. */
export interface ArticleRef {
  slug: string;
  headline: string;
  /** The language of the article's words (BCP 47); English when absent. */
  lang?: string | undefined;
  outlet?: string | undefined;
  /** "10 July 2025", with its `YYYY-MM-DD` form for `<time datetime>`. */
  date?: { text: string; datetime: string } | undefined;
}

/** How pages cite an article. */
export function articleRef(article: { slug: string; headline: string; lang?: string | undefined; outlet?: string | undefined; published?: Date | undefined }): ArticleRef {
  const { slug, headline, lang, outlet, published } = article;
  return { slug, headline, lang, outlet, date: published && { text: readableDate(published), datetime: isoDay(published) } };
}

/** A change of stance as a reader reads it: "Unclear → Supports, 10 July 2025". */
export function changeLabel(step: StanceStep): string | undefined {
  if (step.changedFrom === undefined) return undefined;
  const { published } = step.article;
  return `${stances[step.changedFrom].label} → ${stances[step.position.stance].label}, ${published ? readableDate(published) : 'in an undated article'}`;
}

/** One cell of a question's table: the actor's stance in one article, and whether it changed. */
export interface StanceCell {
  step?: StanceStep | undefined;
  change?: string | undefined;
}

/** A question's page: the articles as columns in date order, one row per actor, every cell cited. */
export interface QuestionView {
  /** Each with a short label for a phone's cards, where the column's heading is not shown: its date, or its headline's first words. */
  columns: (ArticleRef & { label: string })[];
  rows: { actor: ActorRef; cells: StanceCell[]; changes: number }[];
  /** Counts in words, e.g. "5 actors · 2 articles · 1 change of stance". */
  summary: string;
}

/** The view model of a question's page, from every stance history of the corpus. */
export function questionView(questionId: string, histories: readonly StanceHistory[], names: ReadonlyMap<string, string>): QuestionView {
  const story = questionStory(questionId, histories);
  const rows = story.rows.map((row) => ({
    actor: { id: row.actor, name: names.get(row.actor) ?? row.actor },
    cells: story.articles.map((article): StanceCell => {
      const step = row.steps.get(article.slug);
      return { step, change: step && changeLabel(step) };
    }),
    changes: row.changes,
  }));
  return {
    columns: story.articles.map(articleRef).map((article) => ({ ...article, label: article.date?.text ?? openingWords(article.headline, 5) })),
    rows,
    summary: storyCounts(story),
  };
}

/** A question's story in numbers: "4 actors · 2 articles · 1 change of stance". */
function storyCounts({ rows, articles }: QuestionStory): string {
  const changes = rows.reduce((sum, row) => sum + row.changes, 0);
  return [counted(rows.length, 'actor'), counted(articles.length, 'article'), counted(changes, 'change of stance', 'changes of stance')].join(' · ');
}

/** The other articles of an article's story, as "Also on these questions" lists them. */
export function alsoOnView(article: Article, articles: readonly Article[]) {
  const questions = new Map(article.analysis.questions.map((question) => [question.id, question]));
  return alsoOn(article, articles).map(({ article: other, shared }) => ({
    article: articleRef(other),
    shared: shared.map((id) => ({ id, label: questions.get(id)?.label ?? questions.get(id)?.question ?? id })),
  }));
}

/** One row of the list of questions. */
export interface QuestionRow {
  id: string;
  question: string;
  label: string;
  description?: string | undefined;
  /** E.g. "4 actors · 2 articles · 1 change of stance". */
  counts: string;
}

/** The list of questions, in the order the articles raise them (newest article first), each with its story in numbers. */
export function questionIndexView(questions: readonly Question[], histories: readonly StanceHistory[]): QuestionRow[] {
  return questions.map((question) => ({
      id: question.id,
      question: question.question,
      label: question.label ?? question.question,
      description: question.description,
      counts: storyCounts(questionStory(question.id, histories)),
  }));
}
