/**
 * Pagefind's indexes, on a thread of their own (`src/integrations/pagefind.ts` starts it): given each page the search
 * indexes as `astro build` renders or keeps it, they add it while Astro goes on rendering. On Astro's thread, which
 * keeps no page waiting on input or output, they would add next to nothing until the last page was written.
 *
 * Requests are handled one after another, in the order they come: an index is made of its pages in the order Pagefind
 * was given them. This file is run as it is, by Node: it imports nothing of Dossier's.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';

/** A page in an index: its file in the output, and its language. */
export interface IndexedPage {
  file: string;
  lang: string;
}

/** What the thread is asked, in order. Those with an `id` are answered, once every request before them is handled. */
export type IndexerRequest =
  | ({ type: 'add' } & IndexedPage & ({ path: string } | { html: Uint8Array }))
  | { type: 'added'; id: number }
  | { type: 'clear'; id: number }
  | { type: 'write'; id: number; lang: string; outputPath: string }
  | { type: 'close'; id: number };

/** The answer to a request with an `id`: the pages added so far (to `added`), or what went wrong. */
export interface IndexerAnswer {
  id: number;
  added?: IndexedPage[];
  error?: string;
}

const { excludeSelectors } = workerData as { excludeSelectors: string[] };
const indexes = new Map<string, PagefindIndex>();
const added: IndexedPage[] = [];
/** What stopped a page being added: every request after it is answered with it. */
let failure: string | undefined;

async function index(lang: string): Promise<PagefindIndex> {
  const known = indexes.get(lang);
  if (known) return known;
  const { index: made, errors } = await pagefind.createIndex({ forceLanguage: lang, excludeSelectors });
  if (!made) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  indexes.set(lang, made);
  return made;
}

async function handle(request: IndexerRequest): Promise<IndexerAnswer | undefined> {
  switch (request.type) {
    case 'add': {
      if (failure !== undefined) return undefined;
      const content = 'path' in request ? await readFile(request.path, 'utf8') : Buffer.from(request.html).toString('utf8');
      const result = await (await index(request.lang)).addHTMLFile({ sourcePath: request.file, content });
      if (result.errors.length > 0) throw new Error(`Pagefind could not index ${request.file}: ${result.errors.join('; ')}`);
      added.push({ file: request.file, lang: request.lang });
      return undefined;
    }
    case 'added':
      return failure === undefined ? { id: request.id, added } : { id: request.id, error: failure };
    case 'clear':
      for (const made of indexes.values()) await made.deleteIndex();
      indexes.clear();
      added.length = 0;
      failure = undefined;
      return { id: request.id };
    case 'write': {
      // Written, the index is let go: Pagefind's process then holds only the others.
      const written = await (await index(request.lang)).writeFiles({ outputPath: request.outputPath });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its ${request.lang} index: ${written.errors.join('; ')}`);
      await indexes.get(request.lang)?.deleteIndex();
      indexes.delete(request.lang);
      return { id: request.id };
    }
    case 'close':
      await pagefind.close();
      return { id: request.id };
  }
}

let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (request: IndexerRequest) => {
  queue = queue.then(async () => {
    try {
      const answer = await handle(request);
      if (answer) parentPort!.postMessage(answer);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (request.type === 'add') failure ??= message;
      else parentPort!.postMessage({ id: request.id, error: message } satisfies IndexerAnswer);
    }
  });
});
