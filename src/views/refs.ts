/*
 * How one page cites what another page is about: an actor by name, an article by headline, outlet and
 * date, a change of stance in words. Every view module cites through these.
 */
import { isoDay, readableDate } from '../lib/analysis/dates';
import type { StanceStep } from '../lib/corpus/timeline';
import { stances } from '../schemas/vocabularies';

/** An actor as a link: its id and the name shown. */
export interface ActorRef {
  id: string;
  name: string;
}

/** An actor as a link, named from `names`; undefined for no actor. */
export const actorRef = (names: ReadonlyMap<string, string>, id: string | undefined): ActorRef | undefined =>
  id === undefined ? undefined : { id, name: names.get(id) ?? id };

/** An article as other pages cite it: headline, outlet and date, each only if the source states it. */
export interface ArticleRef {
  slug: string;
  headline: string;
  outlet?: string | undefined;
  /** "10 July 2025", with its `YYYY-MM-DD` form for `<time datetime>`. */
  date?: { text: string; datetime: string } | undefined;
}

/** How pages cite an article. */
export function articleRef(article: { slug: string; headline: string; outlet?: string | undefined; published?: Date | undefined }): ArticleRef {
  const { slug, headline, outlet, published } = article;
  return { slug, headline, outlet, date: published && { text: readableDate(published), datetime: isoDay(published) } };
}

/** A change of stance as a reader reads it: "Unclear → Supports, 10 July 2025". */
export function changeLabel(step: Pick<StanceStep, 'article' | 'position' | 'changedFrom'>): string | undefined {
  if (step.changedFrom === undefined) return undefined;
  const { published } = step.article;
  return `${stances[step.changedFrom].label} → ${stances[step.position.stance].label}, ${published ? readableDate(published) : 'in an undated article'}`;
}

/** A count in words: "1 claim", "3 claims", "2 changes of stance". */
export const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
