import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchLanguage, siteLang, type SearchLanguage } from '../lib/text/language';

/** Options for the `pagefind` integration. */
export interface PagefindOptions {
  /** Folder of the index inside the built site. */
  bundleDir?: string;
}

/** One language's index as the build wrote it, in `languages.json`. */
export interface SearchIndex extends SearchLanguage {
  /** How many pages it holds. */
  pages: number;
}

/** The file in the bundle folder that lists every language's index, a record of the build (the search page lists its own). */
export const searchLanguagesFile = 'languages.json';

/**
 * The language a built page is indexed in: the `data-lang` of the element Pagefind indexes (written by
 * `searchAttributes` on a page whose indexed words are an article's), else the site's own.
 */
export function pageLanguage(html: string): string {
  const body = /<[a-z]+\s[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html)?.[0] ?? '';
  return /\sdata-lang="([A-Za-z0-9-]+)"/.exec(body)?.[1] ?? siteLang;
}

/** Pagefind's ready-made interfaces, which Dossier's search page does not use (it calls `pagefind.js`). */
const unusedInterface = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/** How many built pages are read at once to find those to index. */
const scanBatch = 32;

/** Every `.html` file under `dir`, as paths relative to it with `/` between folders. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .toSorted();
}

/**
 * Indexes the built site with Pagefind once `astro build` is done, one index per language of the article's
 * words: Pagefind reads a page's language from `<html lang>`, which is English on every page here (Dossier's
 * own words), so each page goes to the index its metadata names, built with that language's stemmer. The
 * site's language is the bundle itself (`pagefind/`), every other a bundle of its own below it
 * (`pagefind/ar/`), as `searchLanguage` says, so the search page, which lists its articles' languages, searches them all.
 * Only the parts of pages marked `data-pagefind-body` are indexed: full texts (with their claims' notes), actors and
 * questions, not navigation, and not claim pages, whose words are their article's.
 */
export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  const bundleDir = options.bundleDir ?? 'pagefind';
  return {
    name: 'dossier-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Each page's language, its words not kept: a story's pages are hundreds of megabytes of text, and
        // Pagefind reads each again when it is added. A page with nothing marked `data-pagefind-body` is not indexed.
        const byLanguage = new Map<string, string[]>([[siteLang, []]]);
        const files = await htmlFiles(site);
        // Read a few at a time, so that reading one waits on the disk while the others are looked at; in order.
        for (let start = 0; start < files.length; start += scanBatch) {
          const batch = files.slice(start, start + scanBatch);
          const langs = await Promise.all(batch.map(async (sourcePath) => {
            const content = await readFile(join(site, sourcePath), 'utf8');
            return content.includes('data-pagefind-body') ? pageLanguage(content) : undefined;
          }));
          batch.forEach((sourcePath, at) => {
            const lang = langs[at];
            if (lang === undefined) return;
            const pages = byLanguage.get(lang) ?? [];
            pages.push(sourcePath);
            byLanguage.set(lang, pages);
          });
        }
        // The site's language first: its bundle is the folder the others are written inside.
        const languages: SearchIndex[] = [];
        for (const [lang, pages] of byLanguage) {
          const { path } = searchLanguage(lang);
          const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (const sourcePath of pages) {
            const added = await index.addHTMLFile({ sourcePath, content: await readFile(join(site, sourcePath), 'utf8') });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
          }
          const outputPath = join(site, bundleDir, path);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its ${lang} index: ${written.errors.join('; ')}`);
          // Written: Pagefind's process lets go of it before the next language's.
          await index.deleteIndex();
          // Pagefind's own count: a page with no `data-pagefind-body` is not indexed.
          const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; wasm: string | null }> };
          const built = entry.languages[lang];
          languages.push({ ...searchLanguage(lang), pages: built?.page_count ?? 0 });
          // A language's own bundle keeps what its search loads: no interface, and only its language's WebAssembly.
          if (path) {
            const wasm = `wasm.${built?.wasm ?? 'unknown'}.pagefind`;
            const unused = (await readdir(outputPath)).filter((file) => unusedInterface.test(file) || (file.startsWith('wasm.') && file !== wasm));
            await Promise.all(unused.map((file) => rm(join(outputPath, file))));
          }
        }
        await writeFile(join(site, bundleDir, searchLanguagesFile), `${JSON.stringify(languages)}\n`);
        logger.info(`indexed ${languages.map(({ lang, pages }) => `${pages} ${lang}`).join(', ')} pages into ${bundleDir}/`);
        await pagefind.close();
      },
    },
  };
}
