/**
 * Every internal URL of the site is built here, on top of Astro's `BASE_URL`,
 * so the site works at `/` and under any sub-path.
 */
import { actorAnchor } from '../anchors/fragments';

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

/** The articles of one period (`2025-03`, or `undated`), oldest first: a stable address that holds the same articles as the story grows. */
export const archiveUrl = (period: string) => pathWithBase(`archive/${period}/`);

/** The RSS feed of the latest articles. */
export const feedUrl = () => pathWithBase('rss.xml');

/** The folder of the built site's scripts and stylesheets (Astro's `build.assets`, set from this in `astro.config.mjs`). */
export const assetsFolder = '_astro';

/** The folder of scripts and stylesheets, under the base path. */
export const assetsUrl = () => pathWithBase(`${assetsFolder}/`);

/** The sitemap index's file, which `src/integrations/sitemap.ts` writes. */
export const sitemapIndexFile = 'sitemap-index.xml';

/** The sitemap index. */
export const sitemapUrl = () => pathWithBase(sitemapIndexFile);

/** An article's validated analysis as JSON. */
export const analysisJsonUrl = (slug: string) => pathWithBase(`articles/${slug}/analysis.json`);

/** The actor index, optionally at one actor. */
export const actorsUrl = (fragment?: string) => withFragment(pathWithBase('actors/'), fragment);


/** One claim's own page, the link to share for that claim. */
export const claimUrl = (slug: string, claimId: string) => pathWithBase(`articles/${slug}/claims/${claimId}/`);

/** The share image of a page: `og/<key>.png`, e.g. `og/articles/<slug>.png`. */
export const shareImageUrl = (key: string) => pathWithBase(`og/${key}.png`);

/**
 * A site path made absolute against the site's address, as feeds, sitemaps and share cards need.
 * `astro.config.mjs` always sets a site, so a missing one is a configuration error, never a guess.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (site === undefined) throw new Error('No site URL: set `site` in astro.config.mjs, `--site` or DOSSIER_SITE.');
  return new URL(path, site).href;
}

/** Absolute URLs for an article's structured data, against the site's address. */
export function articleGraphUrls(slug: string, site: URL | string, image: string) {
  const absolute = (path: string) => absoluteUrl(path, site);
  return {
    article: absolute(articleUrl(slug)),
    image: absolute(image),
    actor: (actorId: string) => absolute(actorsUrl(actorAnchor(actorId))),
    claim: (claimId: string) => absolute(claimUrl(slug, claimId)),
    paragraph: (blockId: string) => absolute(fullTextUrl(slug, blockId)),
  };
}

/** An actor's own page. */
export const actorUrl = (actorId: string) => pathWithBase(`actors/${actorId}/`);

/** One period of an actor's full record (`2025-03`, or `undated`): its roles, positions, claims and mentions in that month's articles. */
export const actorArchiveUrl = (actorId: string, period: string) => pathWithBase(`actors/${actorId}/${period}/`);

/** The list of every question the articles bear on. */
export const questionsUrl = () => pathWithBase('questions/');

/** One question's page: every actor's stance on it across every article, over time. */
export const questionUrl = (questionId: string, fragment?: string) => withFragment(pathWithBase(`questions/${questionId}/`), fragment);

/** One period of a question's full record (`2025-03`, or `undated`): every actor's stance in every article of that month. */
export const questionArchiveUrl = (questionId: string, period: string) => pathWithBase(`questions/${questionId}/${period}/`);

/** Every question as JSON. */
export const questionsJsonUrl = () => pathWithBase('questions.json');

/** Site paths (without the base) of the pages content is rendered into, for relative links. */
export const sitePaths = {
  fullText: (slug: string) => `articles/${slug}/full/`,
  actor: (actorId: string) => `actors/${actorId}/`,
} as const;

/**
 * A link from one site path to another, relative, so that it holds under any base without
 * knowing it: `relativeUrl('articles/a/full/', 'actors/b/')` → `../../../actors/b/`.
 */
export function relativeUrl(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return `${'../'.repeat(depth)}${to}` || './';
}

/** The search page. */
export const searchUrl = () => pathWithBase('search/');

/** Where Pagefind's index and script are served from. */
export const searchBundleUrl = () => pathWithBase('pagefind/');
