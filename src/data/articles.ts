import { getCollection } from 'astro:content';
import { root } from 'virtual:dossier/project';
import { aggregateActors, type ActorProfile } from '../lib/analysis/actors';
import { byNewest } from '../lib/analysis/order';
import { claimAnchor } from '../lib/anchors/fragments';
import { corpusOf } from '../lib/corpus/corpus';
import type { RegistryData } from '../lib/registry/registry';
import type { BodyTree } from '../lib/text/blocks';
import type { BlockLayout } from '../lib/text/layout';
import type { Question } from '../schemas/question';
import { stanceHistories, type StanceHistory } from '../lib/corpus/timeline';
import { storyOrder } from '../lib/corpus/related';
import type { PageArticle } from '../views/article';
import { articlesOnQuestion } from '../views/neighbours';
import { archiveViews } from '../views/home';
import { questionArchiveViews } from '../views/question';
import { actorArchiveViews } from '../views/actor';


/** An article ready to render: its checked frontmatter, its body blocks and its resolved analysis, and what its full text is rendered from. */
export interface Article extends PageArticle {
  /** The body's tree as the check parsed it: the full text renders it through the article chain (`src/plugins/index.ts`). */
  tree: BodyTree;
  /** Every block with its claims' excerpts and mentions placed, for the chain's marks and links. */
  layout: readonly BlockLayout[];
  /** A digest of everything it is made from (`CorpusArticle.digest`): the cache keys take it for the article's. */
  digest: string;
}

/** The project's corpus, as the content loaders read it (once per build; again for each change in `astro dev`). */
const corpus = () => corpusOf(root);

/** The registries of actors and questions (`content/actors/`, `content/questions/`), by id. */
export async function getRegistry(): Promise<RegistryData> {
  return corpus().registryData;
}

let cache: Promise<Article[]> | undefined;

let gatheredFrom: unknown;
/**
 * Drops what was gathered from an older read of the corpus. In a build there is one read; in `astro dev` an
 * edit reads the corpus again, and one the check refuses, or its fix, may leave the collection as it was.
 */
function fresh(): void {
  const now = corpus();
  if (now === gatheredFrom) return;
  gatheredFrom = now;
  cache = actors = lookups = histories = story = undefined;
}

/**
 * Every article, newest first, undated ones last, its actors and questions resolved against the registry:
 * the collection's entries with what the corpus read, checked and placed once. With the
 * content loaders, the only place that asks for the content.
 */
export function getArticles(): Promise<Article[]> {
  fresh();
  cache ??= getCollection('articles').then((entries) =>
    entries
      .flatMap((entry): Article[] => {
        const read = corpus().articles.get(entry.id);
        // In `astro dev`, an edit the check refuses leaves the article out until it is fixed, as at start-up:
        // the terminal and the page's error overlay name its problems (src/integrations/project.ts).
        if (!read && import.meta.env.DEV) return [];
        if (!read) throw new Error(`content/articles/${entry.id}.mdx: not in the corpus the content check read; run npm run check:content`);
        const { actors: _actors, questions: _questions, positions: _positions, claims: _claims, ...meta } = entry.data;
        return [{ ...meta, slug: entry.id, blocks: read.blocks, analysis: read.analysis, retired: read.manifest?.retired ?? {}, tree: read.tree, layout: read.layout, digest: read.digest }];
      })
      .sort(byNewest),
  );
  return cache;
}

let actors: Promise<readonly ActorProfile[]> | undefined;

/** Every actor across every article, gathered once per build. */
export function getActors(): Promise<readonly ActorProfile[]> {
  fresh();
  actors ??= getArticles().then(aggregateActors);
  return actors;
}

/** Names and questions across every article, for pages that show parts of several articles' analyses. */
export interface Lookups {
  /** Actor names by actor id. */
  names: ReadonlyMap<string, string>;
  /** Questions by id: one id, one question, across the corpus. */
  questions: ReadonlyMap<string, Question>;
}

let lookups: Promise<Lookups> | undefined;

/** The corpus's `Lookups`, built once per build rather than once per page. */
export function getLookups(): Promise<Lookups> {
  fresh();
  lookups ??= Promise.all([getArticles(), getActors()]).then(([articles, actors]) => ({
    names: new Map(actors.map((actor) => [actor.id, actor.name])),
    questions: new Map(articles.flatMap((article) => article.analysis.questions.map((question) => [question.id, question] as const))),
  }));
  return lookups;
}

let histories: Promise<StanceHistory[]> | undefined;

/** Every actor's stances on every question across the corpus, in date order, changes marked: computed once per build. */
export function getHistories(): Promise<StanceHistory[]> {
  fresh();
  histories ??= getArticles().then(stanceHistories);
  return histories;
}

/** `getStaticPaths` for question pages: one per question any article bears on. */
export async function questionPaths() {
  const { questions } = await getLookups();
  return [...questions.values()].map((question) => ({ params: { id: question.id }, props: { question } }));
}

/** `getStaticPaths` for every route with one page per article: `{ params: { slug }, props: { article } }`. */
export async function articlePaths() {
  return (await getArticles()).map((article) => ({ params: { slug: article.slug }, props: { article } }));
}

/** `getStaticPaths` for claim pages: one per claim, and one per retired claim id that points at its successor. */
export async function claimPaths() {
  return (await getArticles()).flatMap((article) => [
    ...article.analysis.claims.map((claim) => ({ params: { slug: article.slug, claim: claim.id }, props: { article, claim, moved: false } })),
    ...Object.entries(article.retired).flatMap(([old, successor]) => {
      const claim = article.analysis.claims.find((entry) => claimAnchor(entry.id) === successor);
      const prefix = claimAnchor('');
      return old.startsWith(prefix) && claim ? [{ params: { slug: article.slug, claim: old.slice(prefix.length) }, props: { article, claim, moved: true } }] : [];
    }),
  ]);
}

/** `getStaticPaths` for actor pages: one per actor across every article. */
export async function actorPaths() {
  return (await getActors()).map((actor) => ({ params: { id: actor.id }, props: { actor } }));
}

/** The story the articles tell: every article in story order (oldest first, undated last), and how many bear on each question. */
export interface Story {
  order: readonly Article[];
  onQuestion: ReadonlyMap<string, number>;
}

let story: Promise<Story> | undefined;

/** The corpus's `Story`, built once per build: what each article's neighbours are drawn from. */
export function getStory(): Promise<Story> {
  fresh();
  story ??= getArticles().then((articles) => ({ order: storyOrder(articles), onQuestion: articlesOnQuestion(articles) }));
  return story;
}

/** `getStaticPaths` for the archive's months: one page per month of articles, at a stable address. */
export async function archivePaths() {
  return archiveViews(await getArticles()).map((view) => ({ params: { period: view.period }, props: { view } }));
}

/** `getStaticPaths` for a question's period archives: one page per question and month. */
export async function questionArchivePaths() {
  const [{ questions, names }, histories] = await Promise.all([getLookups(), getHistories()]);
  return [...questions.values()].flatMap((question) =>
    questionArchiveViews(question.id, histories, names).map((view) => ({ params: { id: question.id, period: view.period }, props: { question, view } })),
  );
}

/** `getStaticPaths` for an actor's period archives: one page per actor and month, for an actor in more than one article (the page of one in a single article is its whole record). */
export async function actorArchivePaths() {
  const [actors, { names }] = await Promise.all([getActors(), getLookups()]);
  // A month's page names its actor and renders its view: the rest of the actor's record is not in its props,
  // so an edit elsewhere in the story leaves the month's cache key (src/data/cache-keys.ts) as it was.
  return actors
    .filter((actor) => actor.appearances.length > 1)
    .flatMap((actor) => actorArchiveViews(actor, names).map((view) => ({ params: { id: actor.id, period: view.period }, props: { actor: { id: actor.id, name: actor.name }, view } })));
}
