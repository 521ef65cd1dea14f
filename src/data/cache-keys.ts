/*
 * The `cacheKey` of every page Astro's incremental build may skip (`experimental.incrementalBuild`):
 * a digest of everything the page shows. Astro reuses a page's previous output when its key and the
 * code it is built from are unchanged. It tracks the code (every module the page bundles, its CSS, the
 * lockfile) and the config (site URL, base path); it does not see the corpus, which the build reads from
 * `content/` itself (an article's body included: it is data, not a module). So the key is the digest of what a page is rendered from
 * besides its code: its props and the view it builds from the corpus, the same view object the page
 * renders (its neighbours, its actors' registry names, the questions it bears on), not only its own entry.
 */
import type { GetStaticPathsItem } from 'astro';
import { digestOf, digestOnce, rememberDigest } from '../lib/publish/digests';
import { actorView, type ActorArchiveView } from '../views/actor';
import { fullTextView } from '../views/full-text';
import { questionView } from '../views/question';
import { summaryView } from '../views/summary';
import { getArticles, getHistories, getLookups, getStory, type Article } from './articles';
import type { ActorProfile } from '../lib/analysis/actors';
import type { Question } from '../schemas/question';

/** The site URL and base path every page's links are made with: Astro drops its record when the config changes, and each key says so itself too. */
const settings = () => [import.meta.env.SITE, import.meta.env.BASE_URL];

/**
 * `paths` (a `getStaticPaths`) with a `cacheKey` on each entry: the digest of its props and of what
 * `shows` says its page renders from the corpus besides them. A page whose view is made from its props and the
 * site alone (a claim's page, `claimView`) needs no `shows`.
 */
export function keyed<Props extends object>(paths: () => Promise<(GetStaticPathsItem & { props: Props })[]>, shows: (props: Props) => unknown = () => undefined) {
  return async () => {
    await articlesDigested();
    return Promise.all(
      (await paths()).map(async (entry) => {
        // The props first, each digested once: a view that holds one of them (its article, say) is then written with its digest.
        const props = Object.entries(entry.props).map(([name, value]) => [name, digestOnce(value)]);
        return { ...entry, cacheKey: digestOf([settings(), props, await shows(entry.props)]) };
      }),
    );
  };
}

let digested: readonly Article[] | undefined;
/**
 * Gives every article its digest before any key is made: views of many kinds hold articles (each step of a question's
 * history holds the article it is in), and each is then written as its digest, not again in full (at 1,000 articles,
 * one month's stances written out with their articles took 50 s). The digest is the corpus's, of what the article
 * is read from, not of the article's 150 KB of fields. Again when the corpus is read again (`astro dev`).
 *
 * So are the parts of its analysis that other pages hold as they are: an actor's profile, its archives and a month's
 * record hold the article's claims, stances and mentions themselves, not copies. Each is written as its article's
 * digest and its place there, which changes whenever the article does (at 1,000 articles, writing them out in full
 * took 1.7 of the 5 s the keys took).
 */
async function articlesDigested(): Promise<void> {
  const articles = await getArticles();
  if (articles === digested) return;
  for (const article of articles) {
    rememberDigest(article, article.digest);
    const { actors, positions, claims } = article.analysis;
    const remember = (part: string, objects: readonly object[]) => objects.forEach((object, index) => rememberDigest(object, `${article.digest}/${part}/${index}`));
    remember('actor', actors);
    remember('mentions', actors.map((actor) => actor.mentions));
    remember('position', positions);
    remember('claim', claims);
  }
  digested = articles;
}

const site = () => new URL(import.meta.env.SITE);

/** What an article's summary renders: its view (its analysis, its neighbours in the story, their questions). */
export const summaryShows = async ({ article }: { article: Article }) => {
  const { order, onQuestion } = await getStory();
  return summaryView(article, site(), order, onQuestion);
};

/** What an article's full text renders besides its props (its body's tree among them): its view, neighbours included. */
export const fullTextShows = async ({ article }: { article: Article }) => {
  const { order, onQuestion } = await getStory();
  return fullTextView(article, site(), order, onQuestion);
};

/** What an actor's page renders: its view (other actors' names included) and the questions it names. */
export const actorShows = async ({ actor }: { actor: ActorProfile }) => {
  const { names, questions } = await getLookups();
  return [actorView(actor, names), questions];
};

/** What an actor's period archive renders besides its props: the wording of the questions its month names. */
export const actorArchiveShows = async ({ view }: { view: ActorArchiveView }) => {
  const { questions } = await getLookups();
  const named = new Set(view.articles.flatMap((entry) => entry.positions.map((position) => position.question)));
  return [...named].sort().map((id) => questions.get(id));
};

/** What a question's page renders: its view (every actor's stances, their names). */
export const questionShows = async ({ question }: { question: Question }) => {
  const [{ names }, histories] = await Promise.all([getLookups(), getHistories()]);
  return questionView(question.id, histories, names);
};
