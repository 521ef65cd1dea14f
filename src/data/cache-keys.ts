/*
 * The `cacheKey` of every page Astro's incremental build may skip (`experimental.incrementalBuild`):
 * a digest of everything the page shows. Astro reuses a page's previous output when its key and the
 * code it is built from are unchanged. It tracks the code (every module the page bundles, its CSS, the
 * lockfile) and the config (site URL, base path); it does not see the corpus, which the build reads from
 * `content/` itself (an article's body included: it is data, not a module). So the key is the digest of what a page is rendered from
 * besides its code: its props and the view it builds from the corpus, the same view object the page
 * renders (its neighbours, its actors' registry names, the questions it bears on), not only its own entry.
 */
import { createHash } from 'node:crypto';
import type { GetStaticPathsItem } from 'astro';
import { actorView, type ActorArchiveView } from '../views/actor';
import { fullTextView } from '../views/full-text';
import { questionView } from '../views/question';
import { summaryView } from '../views/summary';
import { claimView } from '../views/claim';
import { getHistories, getLookups, getStory, type Article } from './articles';
import type { ActorProfile } from '../lib/analysis/actors';
import type { ClaimEntry } from '../lib/analysis/model';
import type { Question } from '../schemas/question';

/**
 * Digests of the objects already digested in this build, by identity: an article shown by many pages is
 * hashed once. Only objects whose text is long are kept: a small one costs less to hash again than to keep,
 * and keeping every object's digest held 64 MB for the length of a 1,000-article build.
 */
const digests = new WeakMap<object, string>();

/** The length of an object's text from which its digest is kept. */
const keptFrom = 1024;

/** A digest of `value` that changes whenever anything in it does: plain data, arrays, maps, sets, URLs and dates, in their order. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(serialise(value)).digest('base64url');
}

function serialise(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? 'f' : `${typeof value}${JSON.stringify(value)}`;
  const known = digests.get(value);
  if (known) return known;
  let text: string;
  if (value instanceof URL) text = `URL${JSON.stringify(value.href)}`;
  else if (value instanceof Date) text = `Date${value.toISOString()}`;
  else if (value instanceof Map) text = `Map[${[...value].map(([key, item]) => `${serialise(key)}:${serialise(item)}`).join(',')}]`;
  else if (value instanceof Set) text = `Set[${[...value].map(serialise).join(',')}]`;
  else if (Array.isArray(value)) text = `[${value.map(serialise).join(',')}]`;
  else text = `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${serialise(item)}`).join(',')}}`;
  if (text.length < keptFrom) return text;
  const digest = `#${createHash('sha256').update(text).digest('base64url')}`;
  digests.set(value, digest);
  return digest;
}

/** The site URL and base path every page's links are made with: Astro drops its record when the config changes, and each key says so itself too. */
const settings = () => [import.meta.env.SITE, import.meta.env.BASE_URL];

/**
 * `paths` (a `getStaticPaths`) with a `cacheKey` on each entry: the digest of its props and of what
 * `shows` says its page renders from the corpus besides them.
 */
export function keyed<Props extends object>(paths: () => Promise<(GetStaticPathsItem & { props: Props })[]>, shows: (props: Props) => unknown = () => undefined) {
  return async () =>
    Promise.all((await paths()).map(async (entry) => ({ ...entry, cacheKey: digestOf([settings(), entry.props, await shows(entry.props)]) })));
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

/** What a claim's page renders: its view (the article's headline and names, its paragraph). */
export const claimShows = ({ article, claim }: { article: Article; claim: ClaimEntry }) => claimView(article, claim, site());

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
