/**
 * Which built pages the search indexes, and in which language, noted as each page is rendered (`src/middleware.ts`)
 * so that the index (`src/integrations/pagefind.ts`) is built without reading every page again to find them: at
 * 1,000 articles, listing and reading the 29,000 pages took 4 of the 10 s Pagefind's step took, for 1,027 pages indexed.
 *
 * A page is indexed where it marks words `data-pagefind-body`, in the language that element's `data-lang` names
 * (written by `searchAttributes` on a page whose indexed words are an article's), else the site's own. The pages
 * the incremental build keeps are not rendered again: what was noted of them is kept beside Astro's cache.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteLang } from '../text/language';

/** The attribute that marks the words a page gives the index. */
const indexedMark = 'data-pagefind-body';
/** An opening tag with that attribute. */
const markedTag = new RegExp(`^<[a-z][a-z0-9-]*\\s(?:[^>]*\\s)?${indexedMark}[\\s=/>]`);

/** Every page's search language, by its name as Astro lists built pages (`articles/harbour-talks/full/`), or `null` where it is not indexed. */
export type SearchPages = Record<string, string | null>;

/**
 * The language of the words a page marks for the index (`html`, the page or any part of it that holds the mark), or
 * `null` if it marks none. Only an attribute counts, not the same letters in the article's words.
 */
export function pageLanguage(html: string | Buffer): string | null {
  for (let at = html.indexOf(indexedMark); at !== -1; at = html.indexOf(indexedMark, at + 1)) {
    // The tag it would be in: from the last `<` before it, if no `>` closes that first, to the next `>`.
    const start = html.lastIndexOf('<', at);
    if (start === -1 || html.lastIndexOf('>', at) > start) continue;
    const end = html.indexOf('>', at);
    // Read as text from its bytes alone: a page is read only as far as it must be.
    const tag = typeof html === 'string' ? html.slice(start, end + 1) : html.toString('utf8', start, end + 1);
    if (markedTag.test(tag)) return /\sdata-lang="([A-Za-z0-9-]+)"/.exec(tag)?.[1] ?? siteLang;
  }
  return null;
}

/** A page's name as Astro lists built pages, from the path it is rendered at (which begins with the base path). */
export function pageName(pathname: string, base: string): string {
  const inside = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return inside.replace(/^\//, '');
}

/**
 * The file of a page in the output, as a path inside it, from the page's name: `articles/harbour-talks/full/` is
 * `articles/harbour-talks/full/index.html`, but the 404 page, listed as `404/`, is `404.html`. None if neither is there.
 */
export function pageFile(site: string, name: string): string | undefined {
  const candidates = name === '' || name.endsWith('/') ? [`${name}index.html`, `${name.replace(/\/$/, '')}.html`] : [name];
  return candidates.find((file) => existsSync(join(site, file)));
}

/** A page's name as Astro lists built pages, from its file in the output: the inverse of `pageFile`. None for a file that is not a page. */
export function pageNameOfFile(file: string): string | undefined {
  if (file === 'index.html' || file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
  return file.endsWith('.html') ? `${file.slice(0, -'.html'.length)}/` : undefined;
}

/** The file a page rendered in this build is written to, as a path inside the output, from its name: every page that marks words for the index is a folder's `index.html`. */
export const indexedPageFile = (name: string) => `${name}index.html`;

/**
 * Where each page the search indexes is given to its index as the build renders it (`src/middleware.ts`) or keeps it,
 * in the build's order, while `astro build` runs (`src/integrations/pagefind.ts`).
 */
export interface SearchFeed {
  /** A page this build rendered: its name as Astro lists it, the language it is indexed in, its bytes as written. */
  rendered(name: string, lang: string, html: Buffer): void;
}

/** Where the feed is kept: the integration and the middleware are bundled apart, and share only the process. */
const feedKey = Symbol.for('dossier.search-feed');

/** The feed of this `astro build`, if one is running in this process. */
export function searchFeed(): SearchFeed | undefined {
  return (globalThis as Record<symbol, SearchFeed | undefined>)[feedKey];
}

/** Makes `feed` the one `searchFeed` gives. */
export function startSearchFeed(feed: SearchFeed): void {
  (globalThis as Record<symbol, SearchFeed | undefined>)[feedKey] = feed;
}

/** The pages rendered in this process, which `src/middleware.ts` adds to and the integration reads. */
export function renderedSearchPages(): SearchPages {
  const key = Symbol.for('dossier.search-pages');
  const store = globalThis as Record<symbol, SearchPages | undefined>;
  return (store[key] ??= {});
}
