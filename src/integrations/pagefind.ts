import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { IndexedPage, IndexerAnswer, IndexerRequest } from './search-indexer';
import { indexedPageFile, pageFile, pageLanguage, pageNameOfFile, renderedSearchPages, startSearchFeed, type SearchFeed, type SearchPages } from '../lib/publish/search-pages';
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
 * The search's indexes, kept by a thread of their own (`src/integrations/search-indexer.ts`), given the pages the
 * search indexes as the build renders or keeps them: Pagefind's process indexes while Astro's renders (at 1,000
 * articles, its 4 to 5 s of adding pages were otherwise all spent after the last page was written).
 */
class Indexes implements SearchFeed {
  readonly #thread = new Worker(new URL('./search-indexer.ts', import.meta.url), { workerData: { excludeSelectors: notIndexed }, execArgv: [] });
  readonly #waiting = new Map<number, (answer: IndexerAnswer) => void>();
  #asked = 0;
  /** Why the thread stopped before it was closed: every question after is answered with it. */
  #stopped: string | undefined;

  constructor() {
    this.#thread.on('message', (answer: IndexerAnswer) => this.#answer(answer));
    // Stopped, the thread answers nothing more: each question waiting, and each one after, gets why.
    this.#thread.on('error', (error) => this.#stop(`the search's indexing thread failed: ${error.message}`));
    this.#thread.on('exit', (code) => this.#stop(`the search's indexing thread stopped (exit code ${code})`));
    // The thread does not keep the build from ending (one stopped by an error), but while it is asked something it does (`#ask`).
    this.#thread.unref();
  }

  /** Adds `file` to `lang`'s index, after every page given before it: read from `path`, or `html`. */
  add(page: IndexedPage, from: { path: string } | { html: Uint8Array }): void {
    this.#thread.postMessage({ type: 'add', ...page, ...from } satisfies IndexerRequest);
  }

  rendered(name: string, lang: string, html: Buffer): void {
    // Its own bytes only, copied: a Buffer may be a view into a larger one, which would be copied whole.
    this.add({ file: indexedPageFile(name), lang }, { html: new Uint8Array(html) });
  }

  #answer(answer: IndexerAnswer): void {
    this.#waiting.get(answer.id)?.(answer);
    this.#waiting.delete(answer.id);
  }

  #stop(reason: string): void {
    this.#stopped ??= reason;
    for (const id of [...this.#waiting.keys()]) this.#answer({ id, error: this.#stopped });
  }

  /** Asks the thread, once it has handled every request before: throws what it says went wrong. */
  async #ask(request: IndexerRequest & { id: number }): Promise<IndexerAnswer> {
    if (this.#stopped !== undefined) throw new Error(this.#stopped);
    this.#thread.ref();
    const answer = await new Promise<IndexerAnswer>((resolve) => {
      this.#waiting.set(request.id, resolve);
      this.#thread.postMessage(request);
    }).finally(() => {
      if (this.#waiting.size === 0) this.#thread.unref();
    });
    if (answer.error !== undefined) throw new Error(answer.error);
    return answer;
  }

  /** Every page added, in order, once those given are. */
  async added(): Promise<IndexedPage[]> {
    return (await this.#ask({ type: 'added', id: ++this.#asked })).added ?? [];
  }

  /** Empties every index. */
  async clear(): Promise<void> {
    await this.#ask({ type: 'clear', id: ++this.#asked });
  }

  /** Writes `lang`'s index into `outputPath`, and lets it go. */
  async write(lang: string, outputPath: string): Promise<void> {
    await this.#ask({ type: 'write', id: ++this.#asked, lang, outputPath });
  }

  /** Stops Pagefind's process, and the thread. */
  async close(): Promise<void> {
    await this.#ask({ type: 'close', id: ++this.#asked });
    this.#stopped = 'closed';
    await this.#thread.terminate();
  }
}

/** Whether two lists hold the same pages in the same languages, in the same order. */
const samePages = (a: readonly IndexedPage[], b: readonly IndexedPage[]) => a.length === b.length && a.every((page, at) => page.file === b[at]!.file && page.lang === b[at]!.lang);

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
  let outDir = '';
  let indexes: Indexes | undefined;
  return {
    name: 'dossier-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        recordFile = fileURLToPath(new URL(searchPagesFile, config.cacheDir));
        outDir = fileURLToPath(config.outDir);
      },
      // Each page the search indexes is given to its index as it is rendered (`src/middleware.ts`) or kept
      // (`src/cli/incremental-links.ts`), in the language the kept record gives it.
      'astro:build:start': () => {
        indexes = new Indexes();
        startSearchFeed(indexes);
        const kept = readSearchPages(recordFile);
        (globalThis as Record<symbol, (outputFile: string) => void>)[Symbol.for('dossier.kept-file')] = (outputFile) => {
          const file = decodeURI(outputFile);
          const name = pageNameOfFile(file);
          if (name === undefined) return;
          const path = join(outDir, file);
          // A page the kept record does not know is read to find out (that record lost, say).
          const lang = Object.hasOwn(kept, name) ? kept[name] : pageLanguage(readFileSync(path));
          if (lang !== null && lang !== undefined) indexes?.add({ file, lang }, { path });
        };
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const names = pages.map(({ pathname }) => pathname);
        const searchPages = searchPagesOf(names, renderedSearchPages(), readSearchPages(recordFile), site);
        mkdirSync(dirname(recordFile), { recursive: true });
        writeFileSync(recordFile, `${JSON.stringify(searchPages)}\n`);
        // Every page the search indexes, in the order the build listed them, which is the order it rendered or kept them in.
        const indexed = names.flatMap((name) => {
          const lang = searchPages[name];
          if (lang === null || lang === undefined) return [];
          const file = pageFile(site, name);
          if (file === undefined) throw new Error(`The search indexes page ${name}, which the build did not write`);
          return [{ file, lang }];
        });
        // The indexes were given those pages as they were written. Should any have been missed or be out of order (a
        // page kept by an Astro without src/cli/incremental-links.ts, whose record has been lost), they are made again
        // from the pages as written: the same pages in the same order, the same index, however the build went.
        indexes ??= new Indexes();
        if (!samePages(await indexes.added(), indexed)) {
          logger.info(`indexing the ${indexed.length} pages again, in the order they were built`);
          await indexes.clear();
          for (const page of indexed) indexes.add(page, { path: join(site, page.file) });
          if (!samePages(await indexes.added(), indexed)) throw new Error('Pagefind did not index the pages it was given');
        }
        // The site's language first: its bundle is the folder the others are written inside. Then each other in
        // the order of their pages' paths.
        const byPath = indexed.toSorted((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
        const languages: SearchIndex[] = [];
        for (const lang of new Set([siteLang, ...byPath.map((page) => page.lang)])) {
          const { path } = searchLanguage(lang);
          const outputPath = join(site, bundleDir, path);
          await indexes.write(lang, outputPath);
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
        await indexes.close();
      },
    },
  };
}
