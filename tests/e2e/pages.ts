import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pagesDir = fileURLToPath(new URL('../../src/pages/', import.meta.url));

/**
 * Every HTML page of the site, as a site path (`/actors/`, `/404.html`), read from `dist/`
 * (`npm test` builds it first); the sitemap test checks the served site has exactly these.
 */
export const sitePages: string[] = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`)
  .sort();

/**
 * The site's routes as patterns over site paths, read from `src/pages/` (`actors/[id].astro` →
 * `/actors/<id>/`), static routes before dynamic ones, so each page is matched by the route that made it.
 */
const routes = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('.astro'))
  .map((file) => {
    const path = `/${file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '$1')}`;
    const site = path === '/404' ? '/404.html' : path.endsWith('/') ? path : `${path}/`;
    const pattern = new RegExp(`^${site.replace(/\[\.\.\.[^\]]+\]/g, '.+').replace(/\[[^\]]+\]/g, '[^/]+')}$`);
    return { route: file, pattern, dynamic: site.includes('[') };
  })
  .sort((a, b) => Number(a.dynamic) - Number(b.dynamic));

/** The route (its file under `src/pages/`) that made a page. */
export const routeOf = (path: string) => routes.find(({ pattern }) => pattern.test(path))?.route ?? path;

/** One page of each kind: the first page each route made. */
export const onePerRoute: string[] = [...new Map(sitePages.map((path) => [routeOf(path), path] as const).reverse()).values()].sort();

/** A site path relative to the project's base URL, so that it keeps the base path: `/actors/` → `./actors/`. */
export const underBase = (path: string) => `.${path}`;
