import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { root } from '../support/build';
import { parseHeadersFile } from '../support/headers';
import { addressesIn, unresolvedAddresses } from '../support/site';
import { htmlErrors } from '../support/vnu';
import { sitePages, underBase } from './pages';
import { watch } from './watch';

/** What the server answered at one address, with the parsed page if it is HTML. */
interface Fetched {
  status: number;
  html?: string;
  tree?: Root;
}

/**
 * Fetches every page of the site and, from them, every address on the site's own origin that
 * they point at, following no redirect: the site as a crawler sees it.
 */
async function crawl(request: APIRequestContext, baseURL: string): Promise<Map<string, Fetched>> {
  const fetched = new Map<string, Fetched>();
  const queue = sitePages.map((path) => new URL(underBase(path), baseURL).href);
  for (let href = queue.shift(); href !== undefined; href = queue.shift()) {
    if (fetched.has(href)) continue;
    const response = await request.get(href, { maxRedirects: 0 });
    const entry: Fetched = { status: response.status() };
    fetched.set(href, entry);
    if (entry.status !== 200 || !response.headers()['content-type']?.startsWith('text/html')) continue;
    entry.html = await response.text();
    entry.tree = fromHtml(entry.html);
    for (const { url } of addressesIn({ name: href, url: new URL(href), tree: entry.tree })) {
      url.hash = '';
      if (url.origin === new URL(baseURL).origin) queue.push(url.href);
    }
  }
  return fetched;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

test('the sitemap lists every page but the 404 page, at the site URL and base path', async ({ request, baseURL }) => {
  const sitemaps = locs(await text(request, 'sitemap-index.xml'));
  expect(sitemaps.every((sitemap) => sitemap.startsWith(baseURL!))).toBe(true);
  const pages = (await Promise.all(sitemaps.map(async (sitemap) => locs(await text(request, sitemap))))).flat();
  const expected = sitePages.filter((path) => path !== '/404.html').map((path) => new URL(underBase(path), baseURL).href);
  expect(pages.sort()).toEqual(expected.sort());
});

test('the feed lists every article at its absolute address', async ({ request, baseURL }) => {
  const response = await request.get('rss.xml');
  expect(response.headers()['content-type']).toMatch(/xml/);
  const feed = await response.text();
  expect(feed).toContain(`<link>${baseURL}</link>`);
  const links = [...feed.matchAll(/<item>.*?<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
  const articles = sitePages.filter((path) => /^\/articles\/[^/]+\/$/.test(path)).map((path) => new URL(underBase(path), baseURL).href);
  expect(links.sort()).toEqual(articles.sort());
});

test('robots.txt points at the sitemap', async ({ request, baseURL }) => {
  expect(await text(request, 'robots.txt')).toMatch(new RegExp(`^Sitemap: ${baseURL}sitemap-index\\.xml$`, 'm'));
});

test('every internal link and fragment resolves, with no redirect', async ({ request, baseURL }) => {
  const fetched = await crawl(request, baseURL!);
  expect([...fetched].filter(([, { status }]) => status !== 200).map(([href, { status }]) => `${href}: ${status}`)).toEqual([]);
  const pages = [...fetched].flatMap(([href, { tree }]) => (tree ? [{ name: href, url: new URL(href), tree }] : []));
  const lookup = (url: URL) => {
    const entry = fetched.get(url.href.replace(/#.*$/, ''));
    return entry?.status === 200 ? (entry.tree ?? 'file') : undefined;
  };
  expect(unresolvedAddresses(pages, lookup)).toEqual([]);
});

test('every absolute address in a page’s head (canonical, share image) carries the site URL and base path', async ({ request, baseURL }) => {
  const outside = [...(await crawl(request, baseURL!))].flatMap(([href, { tree }]) =>
    tree
      ? selectAll('head link[href^="http"], head meta[content^="http"]', tree)
          .map((element) => String(element.properties.href ?? element.properties.content))
          .filter((url) => !url.startsWith(baseURL!))
          .map((url) => `${href}: ${url}`)
      : [],
  );
  expect(outside).toEqual([]);
});

test('every page is valid HTML', async ({ request, baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-html-'));
  try {
    const pages = [...(await crawl(request, baseURL!))].filter(([, { html }]) => html !== undefined);
    const files = pages.map(([href, { html }], index) => {
      const file = join(dir, `${index}-${href.replace(/[^a-z0-9]+/gi, '-')}.html`);
      writeFileSync(file, html!);
      return file;
    });
    expect(files.length).toBeGreaterThanOrEqual(sitePages.length);
    expect(htmlErrors(files)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unknown address gets the 404 page, which works at any depth', async ({ page, baseURL }) => {
  const problems = await watch(page, new URL(baseURL!).origin);
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'actor index' }).click();
  await expect(page).toHaveURL(`${baseURL}actors/`);
  // The browser reports the missing page itself, and nothing else.
  expect(problems).toEqual([`console error at ${baseURL}no/such/page/: Failed to load resource: the server responded with a status of 404 (Not Found)`]);
});

test('an address without its trailing slash redirects to the one with it', async ({ request, baseURL }) => {
  const response = await request.get('actors', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers()['location']!, baseURL).href).toBe(`${baseURL}actors/`);
});

test('every response carries the headers of public/_headers', async ({ request }) => {
  const expected = Object.fromEntries(parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8')).get('/*')!);
  const stylesheet = /href="([^"]+\.css)"/.exec(await text(request, './'))![1]!;
  for (const path of ['./', stylesheet, 'rss.xml', 'no/such/page/']) {
    const headers = (await request.get(path)).headers();
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, headers[name]])), path).toEqual(expected);
  }
});
