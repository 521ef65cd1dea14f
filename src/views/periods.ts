/*
 * The periods archives are split by: calendar months, named `2025-03`, and `undated` for articles whose
 * source states no date. A month's articles never change once it is over, so its address is stable:
 * never "page 2", which would shift with every new article.
 */

/** A period's name: `YYYY-MM`, or `undated`. */
export type Period = string;

/** The name of undated articles' period, last in story order. */
export const UNDATED = 'undated';

/** The period an article belongs to, by its publication date. */
export const periodOf = (published: Date | undefined): Period => (published ? published.toISOString().slice(0, 7) : UNDATED);

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A period as readers read it: "March 2025", or "Undated articles". */
export const periodLabel = (period: Period): string => (period === UNDATED ? 'Undated articles' : monthYear.format(new Date(`${period}-01T00:00:00Z`)));

/** Items grouped by period, in story order of their periods (oldest first, undated last), each keeping the order given. */
export function byPeriod<T>(items: readonly T[], published: (item: T) => Date | undefined): Map<Period, T[]> {
  const groups = new Map<Period, T[]>();
  for (const item of items) {
    const period = periodOf(published(item));
    groups.set(period, [...(groups.get(period) ?? []), item]);
  }
  return new Map([...groups].sort(([a], [b]) => (a === UNDATED ? 1 : b === UNDATED ? -1 : a.localeCompare(b))));
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
