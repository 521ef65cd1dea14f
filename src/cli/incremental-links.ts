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
 * Astro does not offer this (`docs/performance.md`, "upstream-ready"): this replaces the two methods of its
 * cache class that copy and write, and stops the build if that class no longer has them.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { copyFileSync, linkSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What these methods read of Astro's settings. */
interface Settings {
  config: { cacheDir: URL };
}
type Restore = (settings: Settings, outputFile: string, destination: URL) => Promise<boolean>;
type Write = (settings: Settings, outputFile: string, body: string | Uint8Array) => Promise<void>;

// The module Astro itself loads (one instance per file URL), beside the script being run: `astro/bin/astro.mjs`.
const astroRoot = dirname(dirname(realpathSync(process.argv[1]!)));
const incremental = pathToFileURL(join(astroRoot, 'dist/core/build/incremental.js')).href;
const { IncrementalBuildCache } = (await import(incremental)) as { IncrementalBuildCache?: { prototype: { restoreOutputFile?: Restore; writeOutputFile?: Write } } };
const cache = IncrementalBuildCache?.prototype;
if (typeof cache?.restoreOutputFile !== 'function' || typeof cache.writeOutputFile !== 'function') {
  throw new Error(`Astro's incremental build no longer has the methods src/cli/incremental-links.ts replaces (in ${incremental}): update that file to this version of Astro.`);
}

/** Where Astro keeps a file of the last build: `<cacheDir>/dist/<path in the output>`. */
const cachedFile = (settings: Settings, outputFile: string) => new URL(outputFile, new URL('dist/', settings.config.cacheDir));

/** The folders of the output made so far: each is made once, not once for each of its files. */
const made = new Set<string>();

// Synchronous: Astro restores one page at a time and awaits each, and three round trips through libuv's thread
// pool a page left the build idle 17 of the 55 s of one edit's rebuild at 1,000 articles (docs/performance.md).
// Astro calls this only when the destination does not exist.
cache.restoreOutputFile = async (settings, outputFile, destination) => {
  const cached = cachedFile(settings, outputFile);
  const folder = new URL('./', destination).href;
  if (!made.has(folder)) {
    mkdirSync(new URL(folder), { recursive: true });
    made.add(folder);
  }
  try {
    linkSync(cached, destination);
  } catch (error) {
    // Not in the cache: the page is rendered anew.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    copyFileSync(cached, destination);
  }
  return true;
};

cache.writeOutputFile = async (settings, outputFile, body) => {
  const cached = cachedFile(settings, outputFile);
  await mkdir(new URL('./', cached), { recursive: true });
  const fresh = new URL(`${cached.href}.${process.pid}`);
  await writeFile(fresh, body);
  await rename(fresh, cached);
};
