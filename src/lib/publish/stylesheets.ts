/**
 * One render-blocking stylesheet a page, holding only the rules of that page's kind.
 *
 * With `vite.build.cssCodeSplit`, Astro gives each page the CSS of the components it renders, but as several
 * files: one for the layout's shared rules, one for the page's own, one for each component shared by some pages
 * and not others. Each is a request that blocks rendering. As each page is rendered (`src/middleware.ts`), its
 * links to those pieces become one link to a stylesheet named from the pieces' names, which are digests of their
 * contents; once the build is done, `src/integrations/stylesheets.ts` writes each such stylesheet, the pieces
 * joined in the order the pages link them (so the cascade is the one the separate files gave). Pages of one kind
 * load the same rules, so they share one file that a browser caches.
 *
 * Pages are final as rendered, so the incremental build keeps them as they are served and links them into the
 * next output unchanged (`src/cli/incremental-links.ts`); the stylesheets they name are written again from the
 * record of every page's pieces, which the integration keeps beside Astro's cache.
 */
import { createHash } from 'node:crypto';

/** A stylesheet link as Astro writes it in a built page. */
const linkPattern = /<link rel="stylesheet" href="([^"]+)">/g;

/** The stylesheets pages link, as file names in the assets folder. */
export interface StylesheetRecord {
  /** Each joined stylesheet's name, and the pieces it joins, in order. */
  joined: Record<string, string[]>;
  /** The pieces some page links alone, which stay as they are. */
  single: string[];
}

/** A page's HTML with its links to the site's stylesheets (`prefix` + file name) joined into one link, and what it links. */
export function joinLinks(html: string, prefix: string): { html: string; joined?: { name: string; pieces: string[] }; single?: string } {
  const sheets = [...html.matchAll(linkPattern)].map((match) => match[1]!).filter((href) => href.startsWith(prefix) && href.endsWith('.css'));
  const pieces = sheets.map((href) => href.slice(prefix.length));
  if (pieces.length < 2) return { html, ...(pieces[0] ? { single: pieces[0] } : {}) };
  const name = `style.${createHash('sha256').update(pieces.join('\n')).digest('base64url').slice(0, 8)}.css`;
  let first = true;
  const joined = html.replace(linkPattern, (link, href: string) => {
    if (!sheets.includes(href)) return link;
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${prefix}${name}">`;
  });
  return { html: joined, joined: { name, pieces } };
}

/** The record of the pages rendered in this process, which `src/middleware.ts` adds to and the integration reads. */
export function renderedStylesheets(): StylesheetRecord {
  const key = Symbol.for('dossier.stylesheets');
  const store = globalThis as Record<symbol, StylesheetRecord | undefined>;
  return (store[key] ??= { joined: {}, single: [] });
}

/** Adds what one rendered page links to a record. */
export function recordPage(record: StylesheetRecord, page: ReturnType<typeof joinLinks>): void {
  if (page.joined) record.joined[page.joined.name] = page.joined.pieces;
  if (page.single && !record.single.includes(page.single)) record.single.push(page.single);
}
