/**
 * As each page is rendered by `astro build`, its links to the pieces of CSS Astro split it into become one link
 * (`src/lib/publish/stylesheets.ts`); `src/integrations/stylesheets.ts` writes the joined files once the build
 * is done. Whether the search indexes the page, and in which language, is noted for `src/integrations/pagefind.ts`
 * (`src/lib/publish/search-pages.ts`), and a page it indexes is given to its index at once. `astro dev` serves its
 * styles its own way and is left alone.
 */
import { defineMiddleware } from 'astro:middleware';
import { joinLinks, recordPage, renderedStylesheets } from './lib/publish/stylesheets';
import { pageLanguage, pageName, renderedSearchPages, searchFeed } from './lib/publish/search-pages';
import { assetsUrl } from './lib/publish/urls';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Only the head is read as text: a page as one string, twice, for each of 29,000 pages left the garbage
  // collector behind (a 1,000-article build's heap grew to 1.5 GB); its bytes are handed on as they are.
  const bytes = Buffer.from(await response.arrayBuffer());
  const end = bytes.indexOf('</head>');
  const head = bytes.toString('utf8', 0, Math.max(end, 0));
  const page = joinLinks(head, assetsUrl());
  recordPage(renderedStylesheets(), page);
  const name = pageName(context.url.pathname, import.meta.env.BASE_URL);
  const lang = pageLanguage(bytes);
  renderedSearchPages()[name] = lang;
  const body = page.html === head ? bytes : Buffer.concat([Buffer.from(page.html), bytes.subarray(end)]);
  if (lang !== null) searchFeed()?.rendered(name, lang, body);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
