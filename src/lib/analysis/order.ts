interface Dated {
  published?: Date | undefined;
  headline: string;
}

/** Orders articles newest first; undated ones last, then by headline. */
export function byNewest(a: Dated, b: Dated): number {
  const time = (article: Dated) => article.published?.getTime() ?? Number.NEGATIVE_INFINITY;
  return time(b) - time(a) || a.headline.localeCompare(b.headline, 'en');
}

/** Orders articles oldest first, as a story is told; undated ones last, then by headline. */
export function byOldest(a: Dated, b: Dated): number {
  const time = (article: Dated) => article.published?.getTime() ?? Number.POSITIVE_INFINITY;
  const difference = time(a) - time(b);
  return (Number.isNaN(difference) ? 0 : difference) || a.headline.localeCompare(b.headline, 'en');
}
