import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(join(dir, entry)).isFile())
    .map((entry) => entry.split('\\').join('/'))
    .sort();
}

/** A built page, parsed. */
export function readPage(dist: string, path: string): Root {
  return fromHtml(readFileSync(join(dist, path), 'utf8'));
}

/** The file a site path is served from: `/a/` → `a/index.html`. */
export function fileFor(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inside = decodeURIComponent(pathname.slice(base.length));
  const candidate = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
  return existsSync(join(dist, candidate)) ? candidate : undefined;
}

/** One internal link that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** A page whose links are checked: a name for reports, its address and its parsed HTML. */
export interface LinkingPage {
  name: string;
  url: URL;
  tree: Root;
}

/** What lives at an address: a parsed HTML page, another kind of file, or nothing. */
export type Lookup = (url: URL) => Root | 'file' | undefined;

/**
 * Every address a page points at: links, stylesheets, scripts, images, and absolute URLs in
 * `<meta content>` (canonical and share-image addresses), each with the text it was written as.
 */
export function addressesIn(page: LinkingPage): { href: string; url: URL }[] {
  const attribute = { a: 'href', link: 'href', script: 'src', img: 'src', meta: 'content' } as const;
  return selectAll('a[href], link[href], script[src], img[src], meta[content^="http"]', page.tree).map((element) => {
    const href = String(element.properties[attribute[element.tagName as keyof typeof attribute]]);
    return { href, url: new URL(href, page.url) };
  });
}

/**
 * Every address on the pages' own origin that does not resolve: there must be something at it
 * and, where there is a fragment, an element with that id in the page there.
 */
export function unresolvedAddresses(pages: Iterable<LinkingPage>, lookup: Lookup): BrokenLink[] {
  const ids = new Map<Root, Set<string>>();
  const idsOf = (tree: Root) => {
    let found = ids.get(tree);
    if (!found) {
      found = new Set(selectAll('[id]', tree).map((element) => String(element.properties.id)));
      ids.set(tree, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const { href, url } of addressesIn(page)) {
      if (url.origin !== page.url.origin) continue;
      const target = lookup(url);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!target) broken.push({ page: page.name, href, reason: 'nothing at this address' });
      else if (fragment && target !== 'file' && !idsOf(target).has(fragment)) {
        broken.push({ page: page.name, href, reason: `no element with id "${fragment}" there` });
      }
    }
  }
  return broken;
}

/** Every internal link and fragment in the built site that does not resolve to a file and an id in it. */
export function brokenLinks(dist: string, base = '/'): BrokenLink[] {
  const trees = new Map<string, Root>();
  const treeOf = (file: string) => {
    if (!trees.has(file)) trees.set(file, readPage(dist, file));
    return trees.get(file)!;
  };
  const site = (path: string) => new URL(`http://site${base}${path}`);
  const pages = listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ name: file, url: site(file.replace(/(^|\/)index\.html$/, '$1')), tree: treeOf(file) }));
  return unresolvedAddresses(pages, (url) => {
    const file = fileFor(dist, base, url.pathname);
    if (!file) return undefined;
    return file.endsWith('.html') ? treeOf(file) : 'file';
  });
}
