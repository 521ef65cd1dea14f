/**
 * `npm run bench:build`: builds synthetic corpora of 1, 100 and 1,000 articles with Dossier's full
 * pipeline and with a bare Astro + MDX project over the same bodies, alternating the two, and prints
 * wall time, milliseconds per article, peak memory (of the largest process, from /usr/bin/time -v or, where
 * higher, sampled from /proc, which also sees Pagefind's indexer; and of all the build's processes at
 * once) and the ratio; then,
 * for Dossier's first run of each size, `dist/`'s bytes and files by kind and the heaviest page of each
 * kind (gzip -9 with its CSS and JS), and the rebuild after one edited article.
 *
 * Two shapes, cut from the real article (`./corpus.ts`) so that every excerpt is verbatim by construction:
 * - `--shape story` (the default): one story followed for years, each article the real one under its own
 *   slug, headline and date (one a day from 2025-01-03), all sharing the registry's actors and questions,
 *   two actors changing stance along the way;
 * - `--shape unrelated`: unrelated articles, each with 10 claims, 8 positions and about 15 actors of its own.
 * Every build starts from empty caches; `--warm` builds each project a second time in place, with the
 * caches the first left (Astro's content store, Vite's dependencies, Dossier's share images), as a host
 * that keeps `node_modules/` between deploys does. Then one article's headline is edited (the newest)
 * and the project built again in place: the "edit" row.
 * Options: `--sizes 1,100,1000`, `--runs 3` (runs per size; 1,000 articles defaults to 1), `--warm`,
 * `--shape story|unrelated`, `--no-edit`.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../support/build';
import { parseArticle, storyArticle, storySlug, syntheticArticle } from './corpus';
import { machineLine, markdownTable, median } from './report';
import { sampleTree } from './process-memory';
import { siteSize, type SiteSize } from './site-size';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,100,1000' },
    runs: { type: 'string' },
    warm: { type: 'boolean', default: false },
    shape: { type: 'string', default: 'story' },
    'no-edit': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runsFor = (size: number) => Number(values.runs ?? (size >= 1000 ? 1 : 3));
if (values.shape !== 'story' && values.shape !== 'unrelated') throw new Error(`--shape must be story or unrelated, not ${values.shape}`);
const story = values.shape === 'story';

const template = readFileSync(join(root, 'content/articles/uk-france-troops-ukraine-ceasefire.mdx'), 'utf8');

/** Article `n` of the corpus: its file name and its source. */
const corpusArticle = (n: number) => (story ? { name: `${storySlug(n)}.mdx`, source: storyArticle(template, n) } : { name: `article-${n}.mdx`, source: syntheticArticle(template, n) });

/** An article as bare Astro gets it: the headline and the body. */
function bareArticle(source: string): string {
  const { data, body } = parseArticle(source);
  return `---\nheadline: ${JSON.stringify(data.headline)}\n---\n${body}`;
}

/** Writes `size` synthetic articles into `folder`: the full analysis for Dossier, the headline alone for bare Astro. */
function writeCorpus(folder: string, size: number, analysis: boolean): void {
  mkdirSync(folder, { recursive: true });
  for (let n = 1; n <= size; n++) {
    const { name, source } = corpusArticle(n);
    writeFileSync(join(folder, name), analysis ? source : bareArticle(source));
  }
}

/** Edits the newest article's headline in place, as a one-word correction would: the "edit" build follows. */
function editNewest(dir: string, size: number): void {
  const file = join(dir, 'content/articles', corpusArticle(size).name);
  const source = readFileSync(file, 'utf8');
  writeFileSync(file, source.replace(/^headline: (["']?)/m, 'headline: $1Corrected: '));
}

/**
 * This project's packages, linked one by one so that the caches Astro, Vite and Dossier keep in
 * `node_modules/` (`.astro`, `.vite`, `.cache`) start empty in every benchmark project.
 */
function linkPackages(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(entry)) symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/** A Dossier project over `size` synthetic articles: this project's code with its articles replaced. */
function dossierProject(dir: string, size: number): void {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  linkPackages(dir);
  // The story shares the registries; the unrelated corpus writes its actors out in each article.
  if (story) for (const registry of ['actors', 'questions']) cpSync(join(root, 'content', registry), join(dir, 'content', registry), { recursive: true });
  writeCorpus(join(dir, 'content/articles'), size, true);
}

/** A bare Astro + MDX project over the same bodies, without the analysis: one page per article. */
function bareProject(dir: string, size: number): void {
  linkPackages(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', type: 'module', private: true }));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n");
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/articles' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\nimport MissingVideo from '../MissingVideo.astro';\n---\n<html lang=\"en\"><head><title>{Astro.props.entry.data.headline}</title></head><body><h1>{Astro.props.entry.data.headline}</h1><Content components={{ MissingVideo }} /></body></html>\n",
  );
  writeFileSync(join(dir, 'src/MissingVideo.astro'), '<p>A video is missing.</p>\n');
  writeCorpus(join(dir, 'content/articles'), size, false);
}

interface Run {
  seconds: number;
  /** Peak resident set of the build's largest process: `/usr/bin/time`'s, or the sampled one where that is higher (Pagefind's indexer). */
  maxRssMb: number;
  /** Peak of all the build's processes at once (Astro's, the share-image drawers', Pagefind's), sampled. */
  allRssMb: number;
  /** Pages the incremental build copied from its cache instead of rendering (astro.config.mjs). */
  copied: number;
}

/** The command that builds a project: Dossier's `npm run build` (check, build, index, swap in) or `astro build`. */
const buildCommand = (kind: Kind, dir: string) =>
  kind === 'dossier' ? [join(dir, 'src/cli/build.ts')] : [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir];

/** Builds a project under /usr/bin/time -v, its processes' memory sampled; fails loudly if the build fails. */
async function build(kind: Kind, dir: string): Promise<Run> {
  const started = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-v', process.execPath, ...buildCommand(kind, dir)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const memory = sampleTree(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const sampled = memory.stop();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (status !== 0) throw new Error(`build of ${dir} failed:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? Number.NaN);
  return { seconds, maxRssMb: Math.max(rssKb / 1024, sampled.largestMb), allRssMb: sampled.totalMb, copied: stdout.match(/\((restored|cached)\)/g)?.length ?? 0 };
}

type Kind = 'dossier' | 'bare';
type State = 'cold' | 'warm' | 'edit';
/** The builds of each project, in order: cold (fresh project, empty caches), with --warm again in place, then after one edit. */
const states: State[] = [...(['cold'] as const), ...(values.warm ? (['warm'] as const) : []), ...(values['no-edit'] ? [] : (['edit'] as const))];

const KB = 1024;
const MB = KB * KB;
const rows: Record<string, string | number>[] = [];
const sizeRows: Record<string, string | number>[] = [];
const pageRows: Record<string, string | number>[] = [];
for (const size of sizes) {
  const runs = { dossier: { cold: [], warm: [], edit: [] }, bare: { cold: [], warm: [], edit: [] } } as Record<Kind, Record<State, Run[]>>;
  const sites: Partial<Record<Kind, SiteSize>> = {};
  for (let run = 0; run < runsFor(size); run++) {
    // Alternate which goes first, so neither always meets a warmer disk cache.
    const order: Kind[] = run % 2 === 0 ? ['dossier', 'bare'] : ['bare', 'dossier'];
    for (const kind of order) {
      const dir = mkdtempSync(join(tmpdir(), `dossier-bench-${kind}-${size}-`));
      try {
        (kind === 'dossier' ? dossierProject : bareProject)(dir, size);
        for (const state of states) {
          if (state === 'edit') editNewest(dir, size);
          const result = await build(kind, dir);
          runs[kind][state].push(result);
          console.error(`${size} articles, ${kind}, ${state}, run ${run + 1}: ${result.seconds.toFixed(1)} s, ${result.maxRssMb.toFixed(0)} MB in its largest process, ${result.allRssMb.toFixed(0)} MB in all at once, ${result.copied} pages copied from the cache`);
          if (state === 'cold' && run === 0) sites[kind] = siteSize(join(dir, 'dist'));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  for (const state of states) {
    const [d, b] = [median(runs.dossier[state].map((r) => r.seconds)), median(runs.bare[state].map((r) => r.seconds))];
    rows.push({
      articles: size,
      build: state,
      runs: runs.dossier[state].length,
      'Dossier s': d.toFixed(1),
      'Dossier ms/article': ((d * 1000) / size).toFixed(0),
      'Dossier peak MB': median(runs.dossier[state].map((r) => r.maxRssMb)).toFixed(0),
      'Dossier peak MB, all processes': median(runs.dossier[state].map((r) => r.allRssMb)).toFixed(0),
      'bare s': b.toFixed(1),
      'bare ms/article': ((b * 1000) / size).toFixed(0),
      'bare peak MB': median(runs.bare[state].map((r) => r.maxRssMb)).toFixed(0),
      'Dossier/bare': (d / b).toFixed(2),
    });
  }
  for (const kind of ['dossier', 'bare'] as const) {
    const site = sites[kind]!;
    const row: Record<string, string | number> = { articles: size, site: kind, 'dist MB': (site.bytes / MB).toFixed(1), files: site.files, 'pages over budget': site.over };
    for (const [fileKind, { bytes, files }] of Object.entries(site.byFileKind)) row[`${fileKind} KB/article (files)`] = `${(bytes / KB / size).toFixed(1)} (${(files / size).toFixed(1)})`;
    sizeRows.push(row);
  }
  for (const [kind, weight] of Object.entries(sites.dossier!.heaviest)) {
    pageRows.push({ articles: size, kind, page: weight.page, 'HTML gz': weight.html, 'CSS gz': weight.css, 'JS gz': weight.js, 'total gz': weight.total, budget: (kind === 'full text' ? 14 : 10) * KB });
  }
}

console.log(machineLine(`shape: ${values.shape}`));
console.table(rows);
console.log(markdownTable(rows));
console.log('\nThe built site (Dossier and bare Astro, first run of each size): bytes and files per article by kind of file');
console.table(sizeRows);
console.log(markdownTable(sizeRows));
console.log('\nThe heaviest page of each kind, gzip -9 bytes with its CSS and JS');
console.table(pageRows);
console.log(markdownTable(pageRows));
