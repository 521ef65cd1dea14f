import { metaLine, type MetaLine } from '../lib/analysis/glance';
import { byOldest } from '../lib/analysis/order';
import { byPeriod, listedPeriods, periodLabel, periodLinks, undatedIndex, type Period, type PeriodLink } from './periods';

/** How many of the latest articles the home page shows with their key points. */
export const HOME_LATEST = 10;

/** How many of the latest articles the feed carries, as feeds conventionally do. */
export const FEED_LATEST = 50;

/** What the home page and the archives read of an article. */
interface Listed {
  slug: string;
  headline: string;
  lang?: string | undefined;
  keyPoints: string[];
  published?: Date | undefined;
  author?: string | undefined;
  outlet?: string | undefined;
  url?: string | undefined;
  analysis: { questions: readonly { id: string; question: string; label?: string | undefined }[] };
}

/** An article as a list shows it: its headline, one metadata line and the questions it bears on. */
export interface ListedArticle {
  slug: string;
  headline: string;
  /** The language of the article's words (BCP 47). */
  lang?: string | undefined;
  meta: MetaLine;
  questions: { id: string; label: string }[];
}

const listed = (article: Listed): ListedArticle => ({
  slug: article.slug,
  headline: article.headline,
  lang: article.lang,
  meta: metaLine(article),
  questions: article.analysis.questions.map((question) => ({ id: question.id, label: question.label ?? question.question })),
});

/** The home page: the latest articles with their key points, and every month of the archive. */
export interface HomeView {
  latest: (ListedArticle & { keyPoints: string[] })[];
  /** How many articles there are in all. */
  total: number;
  /** The archive's months, newest first. */
  periods: PeriodLink[];
}

/** The home page's view, from every article newest first (undated last). */
export function homeView(articles: readonly Listed[]): HomeView {
  return {
    latest: articles.slice(0, HOME_LATEST).map((article) => ({ ...listed(article), keyPoints: article.keyPoints })),
    total: articles.length,
    periods: archivePeriods(articles).toReversed(),
  };
}

/** The archive's months, oldest first, then one link to the undated articles' groups. */
export const archivePeriods = (articles: readonly Listed[]): PeriodLink[] => listedPeriods(periodLinks(byPeriod(articles.toSorted(byOldest), (article) => article)));

/** One month of the archive: its articles, oldest first, and the months either side. */
export interface ArchiveView {
  period: Period;
  label: string;
  articles: ListedArticle[];
  previous?: PeriodLink | undefined;
  next?: PeriodLink | undefined;
  /** On the `undated` page alone: the groups of undated articles, each a page of its own. */
  groups?: PeriodLink[] | undefined;
}

/** Every month and undated group of the archive as its page shows it, then the undated groups' index. A period's page holds the same articles however the story grows. */
export function archiveViews(articles: readonly Listed[]): ArchiveView[] {
  const periods = byPeriod(articles.toSorted(byOldest), (article) => article);
  const links = periodLinks(periods);
  const undated = undatedIndex(links);
  const views = [...periods].map(([period, members], index): ArchiveView => ({
    period,
    label: periodLabel(period),
    articles: members.map(listed),
    previous: links[index - 1],
    next: links[index + 1],
  }));
  return undated ? [...views, { ...undated, articles: [] }] : views;
}
