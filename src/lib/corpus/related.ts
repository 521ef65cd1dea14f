import { byNewest } from '../analysis/order';

/** What `alsoOn` reads of an article. */
interface Story {
  slug: string;
  headline: string;
  /** The language of the article's words (BCP 47); English when absent. */
  lang?: string | undefined;
  published?: Date | undefined;
  analysis: { questions: readonly { id: string }[] };
}

/** Another article of the same story: it bears on at least one of the same questions. */
export interface Related<A> {
  article: A;
  /** The ids of the questions both articles bear on, in the first article's order. */
  shared: string[];
}

/** The other articles that share a question with `article`, newest first, undated last. */
export function alsoOn<A extends Story>(article: A, articles: readonly A[]): Related<A>[] {
  const mine = article.analysis.questions.map((question) => question.id);
  return articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ article: other, shared: mine.filter((id) => other.analysis.questions.some((question) => question.id === id)) }))
    .filter((related) => related.shared.length > 0)
    .sort((a, b) => byNewest(a.article, b.article));
}
