import { collate } from '../text/language';

interface Dated {
  published?: Date | undefined;
  headline: string;
}

/** An article's publication time, or `undated` for an article whose source states no date. */
const time = (article: Dated, undated: number) => article.published?.getTime() ?? undated;

// Two undated articles differ by NaN (∞ − ∞), which `||` passes over to the headline, as it does 0.

/** Orders articles newest first; undated ones last, then by headline. */
export function byNewest(a: Dated, b: Dated): number {
  return time(b, Number.NEGATIVE_INFINITY) - time(a, Number.NEGATIVE_INFINITY) || collate(a.headline, b.headline);
}

/** Orders articles oldest first, as a story is told; undated ones last, then by headline. */
export function byOldest(a: Dated, b: Dated): number {
  return time(a, Number.POSITIVE_INFINITY) - time(b, Number.POSITIVE_INFINITY) || collate(a.headline, b.headline);
}
