/**
 * Loaded into the `astro build` process by `npm run build` (`node --import`): Astro's incremental build, with
 * each unchanged file linked into the new output where Astro copies it, and its cache never written in place.
 *
 * `experimental.incrementalBuild` keeps the last build's files in its cache folder and, for every page whose
 * key is unchanged, copies its file into the output. At 1,000 articles that is some 57,000 files (pages, share
 * images, JSON) and 30 s of one edit's rebuild. A hard link gives the same file for almost nothing, and the
 * published site and the cache then share one copy on disk.
 *
 * Sharing is safe only if nothing writes a shared file in place: a page rendered anew would otherwise change the
 * published copy too, before the swap. So the cache is written to a new file that replaces the old one (the
 * published file keeps its bytes); nothing else in the build writes into a page it did not make (the stylesheets
 * are joined as each page is rendered, `src/middleware.ts`). Where a link cannot be made (another file system),
 * the file is copied. Astro started without this hook (`npx astro build`) writes its cache in place, into files
 * the last output shares: build with `npm run build`.
 *
 * The folders the last build's files were in are made ahead, on a thread of their own, while Astro asks every page for
 * its key; any this build leaves empty are removed.
 *
 * Astro does not offer this (`docs/performance.md`, "upstream-ready"): this wraps the methods of its cache class that
 * load, copy, write and delete, and stops the build if that class no longer has them.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { copyFileSync, linkSync, mkdirSync, realpathSync, rmdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What these methods read of Astro's settings. */
interface Settings {
  config: { cacheDir: URL };
}
type Restore = (settings: Settings, outputFile: string, destination: URL) => Promise<boolean>;
type Write = (settings: Settings, outputFile: string, body: string | Uint8Array) => Promise<void>;
type Delete = (settings: Settings & { config: { outDir: URL } }, outputFile: string) => Promise<void>;
/** What `IncrementalBuildCache.load` returns, as far as this file uses it. */
interface Loaded {
  findOrphanedFiles(): string[];
}
type Load = (settings: Settings & { config: { outDir: URL } }, ...rest: unknown[]) => Loaded;

// The module Astro itself loads (one instance per file URL), beside the script being run: `astro/bin/astro.mjs`.
const astroRoot = dirname(dirname(realpathSync(process.argv[1]!)));
const incremental = pathToFileURL(join(astroRoot, 'dist/core/build/incremental.js')).href;
const { IncrementalBuildCache } = (await import(incremental)) as {
  IncrementalBuildCache?: { load?: Load; prototype: { restoreOutputFile?: Restore; writeOutputFile?: Write; deleteOutputFile?: Delete; findOrphanedFiles?: unknown } };
};
const cache = IncrementalBuildCache?.prototype;
if (
  typeof IncrementalBuildCache?.load !== 'function' ||
  typeof cache?.restoreOutputFile !== 'function' ||
  typeof cache.writeOutputFile !== 'function' ||
  typeof cache.deleteOutputFile !== 'function' ||
  typeof cache.findOrphanedFiles !== 'function'
) {
  throw new Error(`Astro's incremental build no longer has the methods src/cli/incremental-links.ts replaces (in ${incremental}): update that file to this version of Astro.`);
}

/** Where Astro keeps a file of the last build: `<cacheDir>/dist/<path in the output>`. */
const cachedFile = (settings: Settings, outputFile: string) => new URL(outputFile, new URL('dist/', settings.config.cacheDir));

/**
 * The folders of the last build's files, made in the new output on a thread of their own while Astro asks every page
 * for its key: at 1,000 articles, 30,000 folders, which took 1 to 5 s of one edit's rebuild made one by one as
 * pages were linked. Only folders are made ahead, never files, so nothing is published that this build does not
 * write or keep; a folder left empty is removed with the file the build no longer has (`deleteOutputFile`).
 */
let foldersMade: Promise<void> = Promise.resolve();
/** The folders made ahead, as paths. */
let madeAhead = new Set<string>();
/** The folder a file of the output is in, as a path: Astro names the file as a URL inside the output, encoded. */
const folderOf = (settings: Settings & { config: { outDir: URL } }, outputFile: string) => dirname(fileURLToPath(new URL(outputFile, settings.config.outDir)));
const load = IncrementalBuildCache.load;
IncrementalBuildCache.load = function (this: unknown, settings, ...rest) {
  const loaded = load.call(this, settings, ...rest);
  const outDir = dirname(fileURLToPath(new URL('x', settings.config.outDir)));
  // Before this build records anything, every file of the last one is an "orphan": its files.
  const folders = new Set<string>();
  for (const file of loaded.findOrphanedFiles()) {
    for (let folder = folderOf(settings, file); folder.startsWith(outDir + sep) && !folders.has(folder); folder = dirname(folder)) folders.add(folder);
  }
  madeAhead = folders;
  if (folders.size > 0) {
    const worker = new Worker(`const { mkdirSync } = require('node:fs'); for (const folder of require('node:worker_threads').workerData) mkdirSync(folder, { recursive: true });`, {
      eval: true,
      workerData: [...folders],
      // Not this file again, which the process was started with.
      execArgv: [],
    });
    // Should the thread fail, each page's folder is made as the page is linked, as it would be without it.
    foldersMade = new Promise((resolve) => worker.once('error', () => resolve()).once('exit', () => resolve()));
  }
  return loaded;
};

/**
 * Told of each file kept, once it is in the output, by its path inside it as Astro names it (a URL path): whatever
 * the build sets at `globalThis[Symbol.for('dossier.kept-file')]` (the search index, `src/integrations/pagefind.ts`,
 * which reads the pages it indexes as they are kept).
 */
const announceKept = (outputFile: string) => (globalThis as Record<symbol, ((outputFile: string) => void) | undefined>)[Symbol.for('dossier.kept-file')]?.(outputFile);

// Synchronous: Astro restores one page at a time and awaits each, and three round trips through libuv's thread
// pool a page left the build idle 17 of the 55 s of one edit's rebuild at 1,000 articles (docs/performance.md).
// Astro calls this only when the destination does not exist. Its folder is made here when it was not made ahead,
// or not yet.
cache.restoreOutputFile = async (settings, outputFile, destination) => {
  const cached = cachedFile(settings, outputFile);
  const link = () => {
    try {
      linkSync(cached, destination);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      copyFileSync(cached, destination);
    }
    announceKept(outputFile);
    return true;
  };
  if (link()) return true;
  mkdirSync(new URL('./', destination), { recursive: true });
  // Not in the cache: the page is rendered anew.
  return link();
};

// A file of the last build this one does not have: Astro deletes its copy in the cache; its folder, made ahead in the
// output, goes too if nothing is in it, and so does each folder above it made ahead and left empty.
const deleteOutputFile = cache.deleteOutputFile;
cache.deleteOutputFile = async function (this: unknown, settings, outputFile) {
  await deleteOutputFile.call(this, settings, outputFile);
  await foldersMade;
  for (let folder = folderOf(settings, outputFile); madeAhead.has(folder); folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return; // not empty, or already gone
    }
  }
};

cache.writeOutputFile = async (settings, outputFile, body) => {
  const cached = cachedFile(settings, outputFile);
  await mkdir(new URL('./', cached), { recursive: true });
  const fresh = new URL(`${cached.href}.${process.pid}`);
  await writeFile(fresh, body);
  await rename(fresh, cached);
};
