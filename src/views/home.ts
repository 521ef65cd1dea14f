import { metaLine, type MetaLine } from '../lib/analysis/glance';
import { byOldest } from '../lib/analysis/order';
import { byPeriod, periodLabel, periodLinks, type Period, type PeriodLink } from './periods';

/** How many of the latest articles the home page shows with their key points. */
export const HOME_LATEST = 10;

/** How many of the latest articles the feed carries, as feeds conventionally do. */
export const FEED_LATEST = 50;

/** What the home page and the archives read of an article. */
interface Listed {
  slug: string;
  headline: string;
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
  meta: MetaLine;
  questions: { id: string; label: string }[];
}

const listed = (article: Listed): ListedArticle => ({
  slug: article.slug,
  headline: article.headline,
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

/** The archive's months, oldest first, undated last. */
export const archivePeriods = (articles: readonly Listed[]): PeriodLink[] => periodLinks(byPeriod(articles.toSorted(byOldest), (article) => article.published));

/** One month of the archive: its articles, oldest first, and the months either side. */
export interface ArchiveView {
  period: Period;
  label: string;
  articles: ListedArticle[];
  previous?: PeriodLink | undefined;
  next?: PeriodLink | undefined;
}

/** Every month of the archive, each as its page shows it. A month's page holds the same articles however the story grows. */
export function archiveViews(articles: readonly Listed[]): ArchiveView[] {
  const periods = byPeriod(articles.toSorted(byOldest), (article) => article.published);
  const links = periodLinks(periods);
  return [...periods].map(([period, members], index) => ({
    period,
    label: periodLabel(period),
    articles: members.map(listed),
    previous: links[index - 1],
    next: links[index + 1],
  }));
}
