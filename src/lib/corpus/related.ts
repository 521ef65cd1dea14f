import { byOldest } from '../analysis/order';

/** What `neighbours` reads of an article. */
interface Story {
  slug: string;
  headline: string;
  published?: Date | undefined;
  analysis: { questions: readonly { id: string }[] };
}

/** Another article of the same story: it bears on at least one of the same questions. */
export interface Related<A> {
  article: A;
  /** The ids of the questions both articles bear on, in the first article's order. */
  shared: string[];
}

/** An article's nearest neighbours in its story, nearest first each way. */
export interface Neighbours<A> {
  /** Published before it (in story order: oldest first, undated last). */
  earlier: Related<A>[];
  /** Published after it. */
  later: Related<A>[];
}

/**
 * The articles nearest `article` in time that share a question with it: up to `count` before it and
 * `count` after it, in story order (oldest first, undated last), nearest first. `story` must already be
 * in story order (`byOldest`); each call walks outwards from the article, so its cost does not grow
 * with the story, only with the articles in between that share no question.
 */
export function neighbours<A extends Story>(article: A, story: readonly A[], count = 3): Neighbours<A> {
  const mine = article.analysis.questions.map((question) => question.id);
  const at = story.findIndex((other) => other.slug === article.slug);
  const walk = (step: 1 | -1) => {
    const found: Related<A>[] = [];
    for (let index = at + step; index >= 0 && index < story.length && found.length < count; index += step) {
      const other = story[index]!;
      const shared = mine.filter((id) => other.analysis.questions.some((question) => question.id === id));
      if (shared.length > 0) found.push({ article: other, shared });
    }
    return found;
  };
  return { earlier: walk(-1), later: walk(1) };
}

/** Articles in story order: oldest first, undated last. */
export const storyOrder = <A extends Story>(articles: readonly A[]): A[] => articles.toSorted(byOldest);
