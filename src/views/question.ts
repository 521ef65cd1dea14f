import { openingWords, type PositionEntry } from '../lib/analysis/model';
import { questionStory, stanceRuns, type QuestionStory, type StanceHistory, type StanceStep } from '../lib/corpus/timeline';
import { fullTextUrl } from '../lib/publish/urls';
import type { Stance } from '../schemas/vocabularies';
import { byPeriod, listedPeriods, periodLabel, periodLinks, undatedIndex, type Period, type PeriodLink } from './periods';
import { articleRef, changeLabel, counted, type ActorRef, type ArticleRef } from './refs';

/** How many of an actor's latest runs a question's page shows; the period archives hold the rest. */
export const RECENT_RUNS = 3;

/** The sentence a step rests on: its position's first citation in the full text. */
const sentenceOf = (step: { article: { slug: string }; position: PositionEntry }) => fullTextUrl(step.article.slug, step.position.citations[0]!.blockId);

/** One stance held across consecutive articles, as a question's or an actor's page shows it. */
export interface RunView {
  stance: Stance;
  summary: string;
  /** The article where the stance began, and the last that records it. */
  from: ArticleRef;
  to: ArticleRef;
  articles: number;
  /** The sentence where the stance began. */
  cite: string;
  /** The change that ended the run, "Supports → Opposes, 10 March 2025"; undefined while the actor holds it. */
  ended?: string | undefined;
}

/** The runs of one actor's history, as `RunView`s, oldest first. */
export function runViews(history: Pick<StanceHistory, 'steps'>): RunView[] {
  const runs = stanceRuns(history);
  return runs.map((run, index) => {
    const first = run.steps[0]!;
    const next = runs[index + 1]?.steps[0];
    return {
      stance: run.stance,
      summary: first.position.summary,
      from: articleRef(first.article),
      to: articleRef(run.steps.at(-1)!.article),
      articles: run.steps.length,
      cite: sentenceOf(first),
      ended: next && changeLabel(next),
    };
  });
}

/** An actor's stance now: the last it took, since when, and the sentence it rests on. */
export interface CurrentStance {
  actor: ActorRef;
  stance: Stance;
  summary: string;
  /** The article where the present run began. */
  since: ArticleRef;
  /** The latest sentence that records it. */
  cite: string;
  /** How many times the actor changed stance on the question. */
  changes: number;
}

/** One actor's recent history on a question. */
export interface ActorRuns {
  actor: ActorRef;
  /** Its latest `RECENT_RUNS` runs, oldest first. */
  runs: RunView[];
  /** How many earlier runs the period archives hold. */
  earlier: number;
}

/** A question's page: each actor's current stance, its recent runs, and the periods of the full record. */
export interface QuestionView {
  current: CurrentStance[];
  history: ActorRuns[];
  /** The months of the full actor × article record, oldest first. */
  periods: PeriodLink[];
  /** Counts in words, e.g. "5 actors · 2 articles · 1 change of stance". */
  summary: string;
}

const named = (names: ReadonlyMap<string, string>, id: string): ActorRef => ({ id, name: names.get(id) ?? id });

/** The view model of a question's page, from every stance history of the corpus. Its size grows with the actors and their changes of stance, not with the articles. */
export function questionView(questionId: string, histories: readonly StanceHistory[], names: ReadonlyMap<string, string>): QuestionView {
  const story = questionStory(questionId, histories);
  const mine = story.rows.map((row) => histories.find((history) => history.question === questionId && history.actor === row.actor)!);
  return {
    current: mine.map((history) => {
      const runs = stanceRuns(history);
      const now = runs.at(-1)!;
      const latest = now.steps.at(-1)!;
      return {
        actor: named(names, history.actor),
        stance: now.stance,
        summary: latest.position.summary,
        since: articleRef(now.steps[0]!.article),
        cite: sentenceOf(latest),
        changes: runs.length - 1,
      };
    }),
    history: mine.flatMap((history) => {
      const runs = runViews(history);
      return runs.length > 1 ? [{ actor: named(names, history.actor), runs: runs.slice(-RECENT_RUNS), earlier: Math.max(0, runs.length - RECENT_RUNS) }] : [];
    }),
    periods: listedPeriods(periodLinks(byPeriod(story.articles, (article) => article))),
    summary: storyCounts(story),
  };
}

/** One cell of a question's table: the actor's stance in one article, the sentence it rests on, and whether it changed. */
export interface StanceCell {
  step?: StanceStep | undefined;
  /** The sentence the stance rests on. */
  cite?: string | undefined;
  change?: string | undefined;
}

/** One period of a question's full record: the period's articles as columns, one row per actor that took a stance in them, every cell cited. */
export interface QuestionArchiveView {
  period: Period;
  label: string;
  /** Each with a short label for a phone's cards, where the column's heading is not shown: its date, or its headline's first words. */
  columns: (ArticleRef & { label: string })[];
  rows: { actor: ActorRef; cells: StanceCell[] }[];
  /** The periods before and after, for the reader who walks the record. */
  previous?: PeriodLink | undefined;
  next?: PeriodLink | undefined;
  summary: string;
  /** On the `undated` page alone: the groups of undated articles, each a page of its own. */
  groups?: PeriodLink[] | undefined;
}

/** Every period of a question's full record, each as its page shows it (`questionView`'s `periods`, one page each), then the undated groups' index. */
export function questionArchiveViews(questionId: string, histories: readonly StanceHistory[], names: ReadonlyMap<string, string>): QuestionArchiveView[] {
  const story = questionStory(questionId, histories);
  const periods = byPeriod(story.articles, (article) => article);
  const links = periodLinks(periods);
  const undated = undatedIndex(links);
  const views = [...periods].map(([period, articles], index): QuestionArchiveView => {
    const rows = story.rows.filter((row) => articles.some((article) => row.steps.has(article.slug)));
    const changes = rows.reduce((sum, row) => sum + articles.filter((article) => row.steps.get(article.slug)?.changedFrom !== undefined).length, 0);
    return {
      period,
      label: periodLabel(period),
      columns: articles.map(articleRef).map((article) => ({ ...article, label: article.date?.text ?? openingWords(article.headline, 5) })),
      rows: rows.map((row) => ({
        actor: named(names, row.actor),
        cells: articles.map((article): StanceCell => {
          const step = row.steps.get(article.slug);
          return { step, cite: step && sentenceOf(step), change: step && changeLabel(step) };
        }),
      })),
      previous: links[index - 1],
      next: links[index + 1],
      summary: [counted(rows.length, 'actor'), counted(articles.length, 'article'), counted(changes, 'change of stance', 'changes of stance')].join(' · '),
    };
  });
  if (!undated) return views;
  const undatedArticles = undated.groups.reduce((sum, group) => sum + group.articles, 0);
  return [...views, { ...undated, columns: [], rows: [], summary: counted(undatedArticles, 'undated article') }];
}

/** A question's story in numbers: "4 actors · 2 articles · 1 change of stance". */
export function storyCounts({ rows, articles }: QuestionStory): string {
  const changes = rows.reduce((sum, row) => sum + row.changes, 0);
  return [counted(rows.length, 'actor'), counted(articles.length, 'article'), counted(changes, 'change of stance', 'changes of stance')].join(' · ');
}
