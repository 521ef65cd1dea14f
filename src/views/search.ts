import { HOME_LATEST, archivePeriods } from './home';
import type { PeriodLink } from './periods';
import type { ActorRef } from './refs';
import { collate, searchLanguage, siteLang, type SearchLanguage } from '../lib/text/language';

/** What the search page shows without JavaScript: the latest articles, the archive's months, every question and every actor. */
export interface SearchView {
  latest: { slug: string; headline: string; lang?: string | undefined }[];
  periods: PeriodLink[];
  questions: { id: string; label: string }[];
  actors: ActorRef[];
  /** The search indexes to search: the site's language and each article's. */
  languages: SearchLanguage[];
}

/** The search page's plain index, from every article newest first, every question and every actor. */
export function searchView(
  articles: readonly Parameters<typeof archivePeriods>[0][number][],
  questions: readonly { id: string; question: string; label?: string | undefined }[],
  actors: readonly ActorRef[],
): SearchView {
  return {
    latest: articles.slice(0, HOME_LATEST).map(({ slug, headline, lang }) => ({ slug, headline, lang })),
    periods: archivePeriods(articles).toReversed(),
    questions: questions.map((question) => ({ id: question.id, label: question.label ?? question.question })),
    actors: actors.map(({ id, name }) => ({ id, name })).toSorted((a, b) => collate(a.name, b.name)),
    languages: [...new Set([siteLang, ...articles.map(({ lang }) => lang ?? siteLang)])].map(searchLanguage),
  };
}
