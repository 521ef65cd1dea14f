import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pageFile, pageLanguage, renderedSearchPages, type SearchPages } from '../lib/publish/search-pages';
import { searchLanguage, siteLang, type SearchLanguage } from '../lib/text/language';

/**
 * What the search leaves out of the pages it indexes, beside what they mark `data-pagefind-ignore`: in each claim's
 * note on the full text (`src/components/full-text/ClaimNotes.astro`), its number and its line of speaker, kind and
 * sourcing, which every note repeats; its summary is indexed. Named here rather than marked on each of the 26 notes
 * an article may have, where the attributes cost the full text 34 of its 14,336 bytes (gzip).
 */
const notIndexed = ['.note .n', '.note .who'];

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

/** Pagefind's ready-made interfaces, which Dossier's search page does not use (it calls `pagefind.js`). */
const unusedInterface = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/** The record of every page's search language, kept in Astro's cache folder beside the pages it keeps. */
export const searchPagesFile = 'dossier-search-pages.json';

/** A kept record, or an empty one where there is none (or it cannot be read). */
function readSearchPages(file: string): SearchPages {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SearchPages;
  } catch {
    return {};
  }
}

/**
 * Every page of this build (`pages`, by name) in the language the search indexes it in, or `null`: as noted when
 * it was rendered, in this build (`rendered`) or, for a page the incremental build kept, in an earlier one
 * (`kept`). A page noted in neither is read to find out.
 */
export function searchPagesOf(pages: readonly string[], rendered: SearchPages, kept: SearchPages, site: string): SearchPages {
  const all: SearchPages = {};
  for (const page of pages) {
    const noted = Object.hasOwn(rendered, page) ? rendered[page] : Object.hasOwn(kept, page) ? kept[page] : undefined;
    if (noted !== undefined) all[page] = noted;
    else {
      const file = pageFile(site, page);
      all[page] = file === undefined ? null : pageLanguage(readFileSync(join(site, file)));
    }
  }
  return all;
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
  let recordFile = '';
  return {
    name: 'dossier-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        recordFile = fileURLToPath(new URL(searchPagesFile, config.cacheDir));
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const searchPages = searchPagesOf(pages.map(({ pathname }) => pathname), renderedSearchPages(), readSearchPages(recordFile), site);
        mkdirSync(dirname(recordFile), { recursive: true });
        writeFileSync(recordFile, `${JSON.stringify(searchPages)}\n`);
        const indexed = Object.entries(searchPages).flatMap(([page, lang]) => {
          if (lang === null) return [];
          const file = pageFile(site, page);
          if (file === undefined) throw new Error(`The search indexes page ${page}, which the build did not write`);
          return [{ file, lang }];
        });
        // The site's language first: its bundle is the folder the others are written inside. Then each other in
        // the order of their pages' paths, and each language's pages in that order, whatever order the build
        // listed them in: the same pages, the same index.
        const byLanguage = new Map<string, string[]>([[siteLang, []]]);
        for (const { file, lang } of indexed.toSorted((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
          const files = byLanguage.get(lang) ?? [];
          files.push(file);
          byLanguage.set(lang, files);
        }
        const languages: SearchIndex[] = [];
        for (const [lang, files] of byLanguage) {
          const { path } = searchLanguage(lang);
          const { index, errors } = await pagefind.createIndex({ forceLanguage: lang, excludeSelectors: notIndexed });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (const sourcePath of files) {
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
