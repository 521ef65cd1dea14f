/**
 * Every internal URL of the site is built here, on top of Astro's `BASE_URL`,
 * so the site works at `/` and under any sub-path.
 */

/** Joins the configured base path and a site path: `pathWithBase('actors/')` → `/sub/actors/`. */
export function pathWithBase(path: string): string {
  const base = import.meta.env.BASE_URL ?? '/';
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${path.replace(/^\/+/, '')}`;
}

const withFragment = (path: string, fragment?: string) => (fragment ? `${path}#${fragment}` : path);

/** The home page. */
export const homeUrl = () => pathWithBase('');

/** An article's summary view. */
export const articleUrl = (slug: string, fragment?: string) => withFragment(pathWithBase(`articles/${slug}/`), fragment);

/** An article's full-text view, optionally at a block or claim. */
export const fullTextUrl = (slug: string, fragment?: string) =>
  withFragment(pathWithBase(`articles/${slug}/full/`), fragment);

/** An article's validated analysis as JSON. */
export const analysisJsonUrl = (slug: string) => pathWithBase(`articles/${slug}/analysis.json`);

/** The actor index, optionally at one actor. */
export const actorsUrl = (fragment?: string) => withFragment(pathWithBase('actors/'), fragment);

/** The fragment of an actor's entry in the actor index. */
export const actorAnchor = (actorId: string) => `actor-${actorId}`;

/** The fragment of a claim's entry in an article's analysis. */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;

/** The fragment of a claim's marked excerpt in the full text. */
export const excerptAnchor = (claimId: string) => `excerpt-${claimId}`;

/** The fragment of a position's entry on the summary view. */
export const positionAnchor = (positionId: string) => `position-${positionId}`;
