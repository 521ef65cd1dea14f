import { neighbours, type Related } from '../lib/corpus/related';
import { articleRef, type ArticleRef } from './refs';

/** What the neighbours list reads of an article. */
interface StoryArticle {
  slug: string;
  headline: string;
  outlet?: string | undefined;
  published?: Date | undefined;
  analysis: { questions: readonly { id: string; question: string; label?: string | undefined }[] };
}

/** A question as a link: its id, its short label, and how many articles the whole story has on it. */
export interface QuestionLink {
  id: string;
  label: string;
  /** How many articles bear on the question, this one included. */
  articles: number;
}

/** One neighbour: the article cited, and the questions it shares with this one. */
export interface Neighbour {
  article: ArticleRef;
  shared: QuestionLink[];
}

/** An article's place in its story: its nearest neighbours each way, and the question pages that hold the rest. */
export interface NeighboursView {
  earlier: Neighbour[];
  later: Neighbour[];
  /** The article's questions, each a link to the whole story on it. */
  questions: QuestionLink[];
}

/** How many neighbours each way an article lists. Fixed, so the page's size does not grow with the story. */
export const NEIGHBOURS = 3;

/**
 * The articles nearest `article` on its questions (up to `NEIGHBOURS` each way, from `story`, in story
 * order), and its questions with the number of articles on each (`onQuestion`, counted once per build).
 */
export function neighboursView(article: StoryArticle, story: readonly StoryArticle[], onQuestion: ReadonlyMap<string, number>): NeighboursView {
  const questions = article.analysis.questions.map((question) => ({ id: question.id, label: question.label ?? question.question, articles: onQuestion.get(question.id) ?? 1 }));
  const byId = new Map(questions.map((question) => [question.id, question]));
  const cite = (related: Related<StoryArticle>): Neighbour => ({ article: articleRef(related.article), shared: related.shared.map((id) => byId.get(id)!) });
  const { earlier, later } = neighbours(article, story, NEIGHBOURS);
  return { earlier: earlier.map(cite), later: later.map(cite), questions };
}

/** How many articles bear on each question, from every article's questions: counted once per build. */
export function articlesOnQuestion(articles: readonly { analysis: { questions: readonly { id: string }[] } }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) for (const { id } of article.analysis.questions) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
