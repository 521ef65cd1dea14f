/*
 * The periods archives are split by: calendar months, named `2025-03`, and, for articles whose source
 * states no date, fixed groups named `undated-01` to `undated-16`. A month's articles never change once it
 * is over, and an undated article's group is fixed by its slug, so every period's address is stable:
 * never "page 2", which would shift with every new article. `undated` itself is the index of the groups.
 */

/** A period's name: `YYYY-MM`, `undated-NN` (one group of undated articles), or `undated` (their index). */
export type Period = string;

/** The name of the index of undated articles' groups, last in story order. */
export const UNDATED = 'undated';

/**
 * How many groups undated articles are shared among. Fixed for good: an article's group is its slug's hash
 * modulo this number, so changing it would move published articles to other addresses.
 */
export const UNDATED_GROUPS = 16;

/** What a period is read from: the article's slug, and its publication date if the source states one. */
export interface Dated {
  slug: string;
  published?: Date | undefined;
}

/** FNV-1a, 32 bits, over the slug's UTF-16 code units: small, and the same on every machine and in every year. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash;
}

/** The group an undated article belongs to, by its slug alone: `undated-01` to `undated-16`. */
export const undatedGroup = (slug: string): Period => `${UNDATED}-${String((fnv1a(slug) % UNDATED_GROUPS) + 1).padStart(2, '0')}`;

/** Whether a period holds undated articles: one of their groups, or their index. */
export const isUndated = (period: Period): boolean => period === UNDATED || period.startsWith(`${UNDATED}-`);

/** The period an article belongs to: its month, or its undated group. */
export const periodOf = (article: Dated): Period => (article.published ? article.published.toISOString().slice(0, 7) : undatedGroup(article.slug));

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A period as readers read it: "March 2025", "Undated articles, group 3 of 16", or "Undated articles". */
export function periodLabel(period: Period): string {
  if (period === UNDATED) return 'Undated articles';
  if (isUndated(period)) return `Undated articles, group ${Number(period.slice(UNDATED.length + 1))} of ${UNDATED_GROUPS}`;
  return monthYear.format(new Date(`${period}-01T00:00:00Z`));
}

/** Items grouped by period, months oldest first and then the undated groups in order, each keeping the order given. */
export function byPeriod<T>(items: readonly T[], dated: (item: T) => Dated): Map<Period, T[]> {
  const groups = new Map<Period, T[]>();
  for (const item of items) {
    const period = periodOf(dated(item));
    const members = groups.get(period);
    if (members) members.push(item);
    else groups.set(period, [item]);
  }
  // `YYYY-MM` sorts in time order, and every month before `undated-…`: digits come before letters.
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A period as a link: its name for the address, its label, and how many articles it holds. */
export interface PeriodLink {
  period: Period;
  label: string;
  articles: number;
}

/** Periods as links, from `byPeriod`'s groups. */
export const periodLinks = <T>(groups: ReadonlyMap<Period, readonly T[]>, count: (items: readonly T[]) => number = (items) => items.length): PeriodLink[] =>
  [...groups].map(([period, items]) => ({ period, label: periodLabel(period), articles: count(items) }));

/** The undated groups among `links`. */
export const undatedGroups = (links: readonly PeriodLink[]): PeriodLink[] => links.filter((link) => isUndated(link.period));

/**
 * Periods as a page lists them: every month, then one link to the index of the undated groups (`undated`)
 * with their articles counted together, so that a list names undated articles once.
 */
export function listedPeriods(links: readonly PeriodLink[]): PeriodLink[] {
  const undated = undatedGroups(links);
  const months = links.filter((link) => !isUndated(link.period));
  return undated.length === 0 ? months : [...months, { period: UNDATED, label: periodLabel(UNDATED), articles: undated.reduce((sum, link) => sum + link.articles, 0) }];
}

/** What an archive's `undated` page shows: the groups that hold articles, and the last month before them. */
export interface UndatedIndex {
  period: typeof UNDATED;
  label: string;
  groups: PeriodLink[];
  previous?: PeriodLink | undefined;
}

/** The index of the undated groups among `links` (every period of one archive, in order); undefined when there are none. */
export function undatedIndex(links: readonly PeriodLink[]): UndatedIndex | undefined {
  const groups = undatedGroups(links);
  return groups.length === 0 ? undefined : { period: UNDATED, label: periodLabel(UNDATED), groups, previous: links.findLast((link) => !isUndated(link.period)) };
}
