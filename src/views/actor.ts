import type { ActorProfile, Appearance } from '../lib/analysis/actors';
import type { MentionEntry, PositionEntry } from '../lib/analysis/model';
import { byNewest, byOldest } from '../lib/analysis/order';
import { stanceHistories } from '../lib/corpus/timeline';
import { actorKinds } from '../schemas/vocabularies';
import { INDEX_ROLES, rolesOf } from './actor-index';
import { claimNote, type ClaimNote } from './claim-note';
import { byPeriod, listedPeriods, periodLabel, periodLinks, undatedIndex, type Period, type PeriodLink } from './periods';
import { RECENT_RUNS, runViews, type RunView } from './question';
import { articleRef, changeLabel, type ArticleRef } from './refs';

/** How many of an actor's latest articles its page shows in full (claims and mentions); the period archives hold the rest. */
export const LATEST_ARTICLES = 3;

/** What one article holds of an actor: its role there, its stances, its claims, the claims its reporting carries, and every mention. */
export interface ActorInArticle {
  article: ArticleRef;
  role?: string | undefined;
  positions: { question: string; position: PositionEntry; change?: string | undefined }[];
  claims: ClaimNote[];
  carried: ClaimNote[];
  mentions: MentionEntry[];
}

/** One role as the articles describe the actor, with the first and last article that use it. */
export interface RoleView {
  role: string;
  first: ArticleRef;
  last: ArticleRef;
  articles: number;
}

/** One actor's page: bounded by its roles, questions and changes of stance, never by the number of articles. */
export interface ActorView {
  /** How many articles list it. */
  articles: number;
  /** The first article that lists it, when it is in only one. */
  only?: ArticleRef | undefined;
  /** Its distinct roles, each once, the latest used first. */
  roles: RoleView[];
  /** The latest roles, for the page's description. */
  roleLine: string;
  /** The actor kind's plural, in lower case, for "All people in the actor index". */
  kindPlural: string;
  /** Per question, its latest runs of one stance, oldest first, and how many earlier ones the archives hold. */
  positions: { question: string; runs: RunView[]; earlier: number }[];
  /** Its latest articles, newest first, in full. */
  latest: ActorInArticle[];
  /** The months of its full record, oldest first. */
  periods: PeriodLink[];
}

/** Each appearance's stances, with the change from the stance before in the actor's whole history marked. */
function changesByArticle(actor: ActorProfile): Map<string, string | undefined> {
  const story = actor.appearances.map((appearance) => ({ ...appearance, analysis: { positions: appearance.positions } }));
  const changes = new Map<string, string | undefined>();
  for (const history of stanceHistories(story)) for (const step of history.steps) changes.set(`${step.article.slug}\n${history.question}`, changeLabel(step));
  return changes;
}

/** What an article holds of the actor, as its page and its archives show it. */
function inArticle(appearance: Appearance, names: ReadonlyMap<string, string>, changes: ReadonlyMap<string, string | undefined>): ActorInArticle {
  const note = (claim: Appearance['claims'][number]) => claimNote(claim, names, { slug: appearance.slug });
  return {
    article: articleRef(appearance),
    role: appearance.role,
    positions: appearance.positions.map((position) => ({ question: position.question, position, change: changes.get(`${appearance.slug}\n${position.question}`) })),
    claims: appearance.claims.map(note),
    carried: appearance.carried.map(note),
    mentions: appearance.mentions,
  };
}

/** The view model of an actor's page. */
export function actorView(actor: ActorProfile, names: ReadonlyMap<string, string>): ActorView {
  const newest = actor.appearances.toSorted(byNewest);
  const roles = new Map<string, Appearance[]>();
  for (const appearance of newest) if (appearance.role) roles.set(appearance.role, [...(roles.get(appearance.role) ?? []), appearance]);
  const changes = changesByArticle(actor);
  const story = actor.appearances.map((appearance) => ({ ...appearance, analysis: { positions: appearance.positions } }));
  return {
    articles: actor.appearances.length,
    only: actor.appearances.length === 1 ? articleRef(actor.appearances[0]!) : undefined,
    roles: [...roles].map(([role, used]) => ({ role, first: articleRef(used.at(-1)!), last: articleRef(used[0]!), articles: used.length })),
    roleLine: rolesOf(newest).slice(0, INDEX_ROLES).join('; '),
    kindPlural: actorKinds[actor.kind].plural.toLowerCase(),
    positions: stanceHistories(story).map((history) => {
      const runs = runViews(history);
      return { question: history.question, runs: runs.slice(-RECENT_RUNS), earlier: Math.max(0, runs.length - RECENT_RUNS) };
    }),
    latest: newest.slice(0, LATEST_ARTICLES).map((appearance) => inArticle(appearance, names, changes)),
    periods: listedPeriods(periodLinks(byPeriod(actor.appearances.toSorted(byOldest), (appearance) => appearance))),
  };
}

/** One period of an actor's full record: every article of the month that lists it, oldest first. */
export interface ActorArchiveView {
  period: Period;
  label: string;
  articles: ActorInArticle[];
  previous?: PeriodLink | undefined;
  next?: PeriodLink | undefined;
  /** On the `undated` page alone: the groups of undated articles, each a page of its own. */
  groups?: PeriodLink[] | undefined;
}

/** Every period of an actor's full record as its archive page shows it, then the undated groups' index. */
export function actorArchiveViews(actor: ActorProfile, names: ReadonlyMap<string, string>): ActorArchiveView[] {
  const changes = changesByArticle(actor);
  const periods = byPeriod(actor.appearances.toSorted(byOldest), (appearance) => appearance);
  const links = periodLinks(periods);
  const undated = undatedIndex(links);
  const views = [...periods].map(([period, appearances], index): ActorArchiveView => ({
    period,
    label: periodLabel(period),
    articles: appearances.map((appearance) => inArticle(appearance, names, changes)),
    previous: links[index - 1],
    next: links[index + 1],
  }));
  return undated ? [...views, { ...undated, articles: [] }] : views;
}
