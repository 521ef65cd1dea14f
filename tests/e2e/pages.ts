import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every HTML page of the built site, as a site path (`/actors/`, `/404.html`). */
export const sitePages: string[] = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`)
  .sort();
