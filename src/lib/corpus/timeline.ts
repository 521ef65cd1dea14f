/*
 * A story over time: where each actor stood on a question in each article, in the order the articles were
 * published (undated ones last), with every change of stance marked. Question pages and actor pages read this.
 */
import type { PositionEntry } from '../analysis/model';
import { byOldest } from '../analysis/order';
import type { Stance } from '../../schemas/vocabularies';

/** What a timeline needs of an article. */
export interface StoryArticle {
  slug: string;
  headline: string;
  published?: Date | undefined;
  outlet?: string | undefined;
  analysis: { positions: readonly PositionEntry[] };
}

/** One stance, in one article, and whether it changed from the actor's stance in the article before. */
export interface StanceStep {
  article: StoryArticle;
  position: PositionEntry;
  /** The stance the actor held in the last article before this one that records a stance of it on the question. */
  changedFrom?: Stance;
}

/** An actor's stances on one question, in date order, undated last. */
export interface StanceHistory {
  actor: string;
  question: string;
  steps: StanceStep[];
}

/**
 * Every actor's stances on every question across `articles`, each history in date order (undated last),
 * each step marked where its stance differs from the step before.
 */
export function stanceHistories(articles: readonly StoryArticle[]): StanceHistory[] {
  const histories = new Map<string, StanceHistory>();
  for (const article of [...articles].sort(byOldest)) {
    for (const position of article.analysis.positions) {
      const key = `${position.actor}\n${position.question}`;
      const history = histories.get(key) ?? { actor: position.actor, question: position.question, steps: [] };
      const before = history.steps.at(-1)?.position.stance;
      history.steps.push({ article, position, ...(before !== undefined && before !== position.stance ? { changedFrom: before } : {}) });
      histories.set(key, history);
    }
  }
  return [...histories.values()];
}

/** One question across the corpus: the articles that bear on it, in date order, and each actor's row of stances. */
export interface QuestionStory {
  /** The articles with a position on the question, oldest first, undated last: the table's columns. */
  articles: StoryArticle[];
  /** One row per actor, in the order actors first took a stance, each with its steps by article slug. */
  rows: { actor: string; steps: ReadonlyMap<string, StanceStep>; changes: number }[];
}

/** The story of one question, from every actor's `stanceHistories`. */
export function questionStory(question: string, histories: readonly StanceHistory[]): QuestionStory {
  const mine = histories.filter((history) => history.question === question);
  const articles = [...new Set(mine.flatMap((history) => history.steps.map((step) => step.article)))].sort(byOldest);
  const order = new Map(articles.map((article, index) => [article.slug, index]));
  const rows = mine
    .map((history) => ({
      actor: history.actor,
      first: order.get(history.steps[0]!.article.slug)!,
      steps: new Map(history.steps.map((step) => [step.article.slug, step])),
      changes: history.steps.filter((step) => step.changedFrom !== undefined).length,
    }))
    .sort((a, b) => a.first - b.first)
    .map(({ first: _first, ...row }) => row);
  return { articles, rows };
}

/** A run of one stance: the consecutive articles across which an actor held it on a question, and the change that ended it. */
export interface StanceRun {
  stance: Stance;
  /** The run's steps, oldest first: the first is where the stance began, and its sentence is the run's citation. */
  steps: StanceStep[];
  /** The stance the next run changed to; undefined for the run the actor holds now. */
  endedBy?: Stance | undefined;
}

/** An actor's history on a question as runs of one stance each, oldest first. */
export function stanceRuns(history: Pick<StanceHistory, 'steps'>): StanceRun[] {
  const runs: StanceRun[] = [];
  for (const step of history.steps) {
    const last = runs.at(-1);
    if (last && last.stance === step.position.stance) last.steps.push(step);
    else {
      if (last) last.endedBy = step.position.stance;
      runs.push({ stance: step.position.stance, steps: [step] });
    }
  }
  return runs;
}
