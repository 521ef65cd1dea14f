import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapIndexFile } from '../lib/publish/urls';

/** Addresses in one sitemap file: the protocol allows 50,000; 45,000 as `@astrojs/sitemap` writes them. */
export const sitemapEntryLimit = 45_000;

/** Pages whose address is a status, not a page to find: the 404 page (and a 500 page, were there one). */
const statusPage = /^\/?(?:404|500)(?:\.html|\/)?$/;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The sitemap's files for the pages at `pathnames` (as Astro lists them, without the base path), made absolute
 * against `site` and `base`: the index first, then each sitemap it lists. Addresses in natural order (`page-2`
 * before `page-10`), sorted with one collator.
 */
export function sitemapFiles(pathnames: readonly string[], site: URL, base: string): Map<string, string> {
  const root = new URL(base.replace(/\/?$/, '/'), site);
  const compare = new Intl.Collator('en', { numeric: true }).compare;
  const addresses = pathnames
    .filter((pathname) => !statusPage.test(pathname))
    .map((pathname) => new URL(pathname.replace(/^\//, ''), root).href)
    .sort(compare);
  const files = new Map<string, string>();
  const header = '<?xml version="1.0" encoding="UTF-8"?>';
  const chunks = Array.from({ length: Math.ceil(addresses.length / sitemapEntryLimit) }, (_, index) => addresses.slice(index * sitemapEntryLimit, (index + 1) * sitemapEntryLimit));
  const names = chunks.map((_, index) => `sitemap-${index}.xml`);
  files.set(sitemapIndexFile, `${header}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${names.map((name) => `<sitemap><loc>${escapeXml(new URL(name, root).href)}</loc></sitemap>`).join('')}</sitemapindex>`);
  chunks.forEach((chunk, index) => {
    files.set(names[index]!, `${header}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${chunk.map((address) => `<url><loc>${escapeXml(address)}</loc></url>`).join('')}</urlset>`);
  });
  return files;
}

/**
 * Writes the sitemap of every page but the 404 page once the build is done, at the site URL and base path.
 *
 * In place of `@astrojs/sitemap`, which sorts the addresses with `localeCompare` and options, a new ICU collator
 * for each comparison: at 1,000 articles, 160,000 of them, 157 MB of native memory at the build's peak
 * (`docs/performance.md`). The files are the same but for the namespaces it declares and never uses.
 */
export default function sitemapIntegration(): AstroIntegration {
  let site: URL;
  let base = '/';
  return {
    name: 'dossier-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The config always has a site (astro.config.mjs falls back to the preview server's address).
        site = new URL(config.site!);
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const files = sitemapFiles(
          pages.map(({ pathname }) => pathname),
          site,
          base,
        );
        for (const [name, xml] of files) writeFileSync(join(fileURLToPath(dir), name), xml);
        logger.info(`${sitemapIndexFile} and ${files.size - 1} sitemap(s) written`);
      },
    },
  };
}
