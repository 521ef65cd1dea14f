/**
 * What a built site weighs: its bytes and files by kind of file (pages, share images, Pagefind, JSON),
 * and the heaviest page of each kind of page, gzip -9 with the CSS and JavaScript it loads, as the byte
 * budgets count it (tests/build/budgets.test.ts).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../support/site';
import { gzippedSize, pageWeight, type PageWeight } from '../support/weight';

/** A page's kind, from its path: `articles/<slug>/full/index.html` is "full text", `questions/<id>/2025/index.html` "question archive". */
export function pageKind(page: string): string {
  const parts = page.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (parts.length === 0) return 'home';
  if (first === 'articles') return third === undefined ? 'summary' : third === 'full' ? 'full text' : third === 'claims' ? 'claim' : `article ${third}`;
  if (first === 'actors' || first === 'questions') {
    const singular = first.slice(0, -1);
    return second === undefined ? `${singular} index` : third === undefined ? singular : `${singular} archive`;
  }
  return parts.map((part) => (/^(\d{4}(-\d{2})?|undated(-\d{2})?)$/.test(part) ? '<period>' : part)).join('/');
}

/** What a file is for, as a host counts its bytes: pages, share images, the search index, JSON, the rest. */
export function fileKind(file: string): string {
  if (file.startsWith('pagefind/')) return 'Pagefind';
  if (file.endsWith('.html')) return 'pages';
  if (file.endsWith('.png')) return 'share images';
  if (file.endsWith('.json')) return 'JSON';
  return 'other';
}

/** A built site's weight. */
export interface SiteSize {
  bytes: number;
  files: number;
  /** Bytes and files per `fileKind`. */
  byFileKind: Record<string, { bytes: number; files: number }>;
  /** The heaviest page of each `pageKind`, by its total with CSS and JS. */
  heaviest: Record<string, PageWeight>;
  /** Pages over their budget: 14 KB gz for the full text, 10 KB for any other. */
  over: number;
}

/** How many of each kind's heaviest HTML files to weigh with their CSS and JS: the CSS is one per page kind, so the heaviest HTML decides. */
const CANDIDATES = 3;

/** Weighs the site in `dist`. */
export function siteSize(dist: string): SiteSize {
  const files = listFiles(dist);
  const byFileKind: SiteSize['byFileKind'] = {};
  let bytes = 0;
  for (const file of files) {
    const size = statSync(join(dist, file)).size;
    const kind = (byFileKind[fileKind(file)] ??= { bytes: 0, files: 0 });
    kind.bytes += size;
    kind.files += 1;
    bytes += size;
  }
  const pages = files.filter((file) => file.endsWith('.html')).map((page) => ({ page, kind: pageKind(page), html: gzippedSize(join(dist, page)) }));
  const heaviest: SiteSize['heaviest'] = {};
  let over = 0;
  for (const kind of new Set(pages.map((page) => page.kind))) {
    const mine = pages.filter((page) => page.kind === kind).sort((a, b) => b.html - a.html);
    const weighed = mine.slice(0, CANDIDATES).map((page) => pageWeight(dist, page.page));
    heaviest[kind] = weighed.reduce((a, b) => (b.total > a.total ? b : a));
    // Pages of one kind load the same CSS and JS: the heaviest's stand for the rest.
    const extra = heaviest[kind].css + heaviest[kind].js;
    const limit = (kind === 'full text' ? 14 : 10) * 1024;
    over += mine.filter((page) => page.html + extra > limit).length;
  }
  return { bytes, files: files.length, byFileKind, heaviest, over };
}
