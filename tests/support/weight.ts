import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { fileFor, readPage } from './site';

/** What one built page costs a reader: each part gzipped at level 9, in bytes. */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
  /** Stylesheets the page loads: each one blocks rendering. */
  stylesheets: number;
  /** Scripts loaded by `src` that are neither modules nor deferred, so block parsing. */
  blockingScripts: number;
}

/** A file's size after `gzip -9`. */
export function gzippedSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The site file a page's `href` or `src` names, or undefined when it is elsewhere. */
function assetFile(dist: string, base: string, page: string, url: string): string | undefined {
  const pageUrl = new URL(`http://site${base}${page.replace(/(^|\/)index\.html$/, '$1')}`);
  const resolved = new URL(url, pageUrl);
  return resolved.origin === pageUrl.origin ? fileFor(dist, base, resolved.pathname) : undefined;
}

/** The weight of one built page: its HTML and the stylesheets and scripts it loads. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const tree = readPage(dist, page);
  const files = (elements: Element[], attribute: 'href' | 'src') =>
    elements.flatMap((element) => assetFile(dist, base, page, String(element.properties[attribute])) ?? []);
  const stylesheets = files(selectAll('link[rel~=stylesheet][href]', tree), 'href');
  const scriptElements = selectAll('script[src]', tree);
  const scripts = [...new Set([...files(scriptElements, 'src'), ...files(selectAll('link[rel=modulepreload][href]', tree), 'href')])];
  const sum = (paths: string[]) => paths.reduce((total, path) => total + gzippedSize(join(dist, path)), 0);
  const html = gzippedSize(join(dist, page));
  const css = sum([...new Set(stylesheets)]);
  const js = sum(scripts);
  return {
    page,
    html,
    css,
    js,
    total: html + css + js,
    stylesheets: stylesheets.length,
    blockingScripts: scriptElements.filter(
      (element) => element.properties.type !== 'module' && element.properties.defer === undefined && element.properties.async === undefined,
    ).length,
  };
}
