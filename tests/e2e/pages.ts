import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Every HTML page of the site, as a site path (`/actors/`, `/404.html`), read from `dist/`
 * (`npm test` builds it first); the sitemap test checks the served site has exactly these.
 */
export const sitePages: string[] = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`)
  .sort();

/** A site path relative to the project's base URL, so that it keeps the base path: `/actors/` → `./actors/`. */
export const underBase = (path: string) => `.${path}`;
