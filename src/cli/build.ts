/**
 * `npm run build`: `astro build` into a temporary folder beside the output, swapped in only when
 * the build succeeds, so a failed build leaves the previous output byte for byte intact.
 *
 *   npm run build -- --site https://example.org --base /news/dossier/
 *
 * Every argument goes to `astro build`; `--outDir` and `--root` also say where the output goes.
 *
 * The incremental build (astro.config.mjs) keeps the previous pages in Astro's cache folder, not in the
 * output, and names them by their path inside it, so building into the temporary folder loses nothing:
 * an unchanged page is copied from the cache into the new output, which is then swapped in whole.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

const args = process.argv.slice(2);

/** The value of `--name value` or `--name=value`, and the arguments without it. */
function takeFlag(name: string, from: string[]): [string | undefined, string[]] {
  const index = from.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return [undefined, from];
  const inline = from[index]!.includes('=');
  const value = inline ? from[index]!.slice(name.length + 1) : from[index + 1];
  return [value, from.toSpliced(index, inline ? 1 : 2)];
}

const [rootFlag] = takeFlag('--root', args);
const [outDirFlag, forwarded] = takeFlag('--outDir', args);
const root = resolve(rootFlag ?? '.');
const outDir = resolve(root, outDirFlag ?? 'dist');
mkdirSync(dirname(outDir), { recursive: true });
/**
 * Deletes `path` in a process of its own, which the build does not wait for: at 1,000 articles an output is
 * 58,000 files and 11 s to delete. Two such deletions of one folder do no harm.
 */
function deleteInBackground(path: string): void {
  spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', path], { detached: true, stdio: 'ignore' }).unref();
}
// Previous outputs that an earlier build left to be deleted and that are still there: their deletion was stopped,
// or is still going on (a build started straight after another would otherwise wait for it).
for (const entry of readdirSync(dirname(outDir))) {
  if (entry.startsWith(`.${basename(outDir)}-building-`) && entry.endsWith('-previous')) deleteInBackground(join(dirname(outDir), entry));
}
const staging = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-building-`));
chmodSync(staging, 0o755); // mkdtemp makes it private; the output is for a web server to read.

if (!args.some((arg) => arg.startsWith('--site')) && !process.env.DOSSIER_SITE) {
  console.warn('No site URL given: absolute URLs (sitemap, feed) point at the local preview server. Deploys pass --site.');
}

const astro = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
// Astro hands every environment variable to `import.meta.env`, so a stray BASE_URL (test runners
// set one) would override the configured base in every page while the assets kept the right one.
const env = { ...process.env };
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
// A build is for production whatever the shell says: under `NODE_ENV=test` (as test runners set it) Vite makes
// `import.meta.env.DEV` true, and the pages would carry the dev server's policy and their stylesheets unjoined.
env.NODE_ENV = 'production';
// Rolldown, Vite's bundler, allocates with mimalloc, which by default keeps the memory it frees committed for later
// and commits its arenas eagerly: about 280 MB of a 1,000-article build's peak, held to the end of the build, long
// after bundling is done. These give it back at once, at no cost in time measured (docs/performance.md).
env.MIMALLOC_PURGE_DELAY ??= '0';
env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
// Astro's cache (its content store and the incremental build's pages) lives in node_modules/.astro/. Where
// node_modules is a link to another project's, as in the tests' fixture projects, two projects would
// share it, and one could copy the other's page at the same path: this project keeps its own.
const sharedModules = existsSync(join(root, 'node_modules')) && lstatSync(join(root, 'node_modules')).isSymbolicLink();
if (sharedModules && !env.DOSSIER_ASTRO_CACHE_DIR) env.DOSSIER_ASTRO_CACHE_DIR = join(root, '.astro/cache');
const cacheDir = resolve(root, env.DOSSIER_ASTRO_CACHE_DIR ?? 'node_modules/.astro');
/** Left in Astro's cache while a build runs: found as a build starts, it says the last one did not finish. */
const unfinishedMark = join(cacheDir, 'dossier-build-unfinished');
/**
 * The incremental build's record of the pages it keeps (`incremental-build.json`, beside the pages in `dist/`).
 * Astro replaces a kept page as soon as it renders it anew but writes the record only once every page is
 * done, so after a build that failed or was stopped half-way, a page the record lists may hold what that
 * build rendered, not what the record says: then this build renders every page and records them afresh.
 * Only a build that did not finish is looked into (at 1,000 articles the cache holds 89,000 files, 2 s to
 * look at): one the content check stopped rendered nothing, and the next keeps every page it can.
 */
function forgetUnfinishedBuild(): void {
  const record = join(cacheDir, 'incremental-build.json');
  if (!existsSync(unfinishedMark) || !existsSync(record)) return;
  const recorded = statSync(record).mtimeMs;
  const pages = join(cacheDir, 'dist');
  const newer = existsSync(pages) && readdirSync(pages, { recursive: true, encoding: 'utf8' }).some((path) => statSync(join(pages, path)).mtimeMs > recorded);
  if (newer) rmSync(record);
}
forgetUnfinishedBuild();
mkdirSync(cacheDir, { recursive: true });
writeFileSync(unfinishedMark, '');
// Unchanged files linked from Astro's cache, not copied (src/cli/incremental-links.ts).
const links = new URL('incremental-links.ts', import.meta.url).href;
// How V8's heap grows (docs/performance.md):
// - a larger young generation than the default: what rendering a page allocates mostly dies there instead of being
//   promoted, and the old generation grows less (a 1,000-article build's peak 80 to 170 MB lower);
// - the old generation let grow to 1.5 times what the last full collection kept, not up to 4 times: between two
//   collections, rendering 28,000 pages at 1,000 articles left 400 MB of garbage, and the peak was 250 to 300 MB
//   higher, in the same time.
const heap = ['--max-semi-space-size=32', '--heap-growing-percent=50'];
const child = spawn(process.execPath, [...heap, '--import', links, astro, 'build', ...forwarded, '--outDir', staging], { stdio: ['inherit', 'pipe', 'pipe'], env });

/**
 * Copies Astro's output through, line by line, but once the content check has listed its problems
 * ("3 problems in 2 files:"), leaves out the loader's location and stack trace that Astro prints after
 * them: they say where the check threw, which an author does not need; the problems say what to do.
 */
function withoutLoaderTrace(from: Readable, to: Writable): void {
  let listed = false;
  let skipping = false;
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    if (/^\d+ problems? in \d+ files?:$/.test(line.trim())) listed = true;
    if (listed && /^\s*(Location|Stack trace):\s*$/.test(line)) skipping = true;
    else if (skipping && !/^\s/.test(line)) skipping = false;
    if (!skipping) to.write(`${line}\n`);
  });
}
withoutLoaderTrace(child.stdout, process.stdout);
withoutLoaderTrace(child.stderr, process.stderr);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

child.on('exit', (code) => {
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`Build failed: ${existsSync(outDir) ? `${outDir} is left as it was` : 'nothing was written'}.`);
    process.exit(code ?? 1);
  }
  rmSync(unfinishedMark, { force: true });
  const previous = `${staging}-previous`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  // The new output is in place, and the old one goes; one whose deletion was stopped half-way goes with the next build.
  if (existsSync(previous)) deleteInBackground(previous);
});
