import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/**
 * Every internal link and fragment in the built site that does not resolve:
 * the target file must exist and, where there is a fragment, hold an element with that id.
 */
export function brokenLinks(dist: string, base = '/'): BrokenLink[] {
  const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set(selectAll('[id]', readPage(dist, file)).map((element) => String(element.properties.id)));
      ids.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`http://site${base}${page.replace(/(^|\/)index\.html$/, '$1')}`);
    for (const element of selectAll('a[href], link[href]', readPage(dist, page))) {
      const href = String(element.properties.href);
      const url = new URL(href, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      const target = fileFor(dist, base, url.pathname);
      if (!target) {
        broken.push({ page, href, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push({ page, href, reason: `no element with id "${fragment}" in ${relative('.', target)}` });
      }
    }
  }
  return broken;
}
