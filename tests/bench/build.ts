/**
 * `npm run bench:build`: builds synthetic corpora of 1, 100 and 1,000 articles with Dossier's full
 * pipeline and with a bare Astro + MDX project over the same bodies, alternating the two, and prints
 * wall time, milliseconds per article, peak memory (max RSS from /usr/bin/time -v) and the ratio.
 *
 * Each synthetic article is cut from the real one (`./corpus.ts`): its body (about 4 KB) under a new
 * headline, 10 claims, 8 positions and about 15 actors with ids of their own, so every excerpt is
 * verbatim in its body by construction. Every build starts from empty caches; `--warm` builds each
 * project a second time in place, with the caches the first left (Astro's content store, Vite's
 * dependencies, Dossier's share images), as a host that keeps `node_modules/` between deploys does.
 * Options: `--sizes 1,100,1000`, `--runs 3` (runs per size; 1,000 articles defaults to 1), `--warm`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../support/build';
import { parseArticle, syntheticArticle } from './corpus';
import { machineLine, markdownTable, median } from './report';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,100,1000' }, runs: { type: 'string' }, warm: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const runsFor = (size: number) => Number(values.runs ?? (size >= 1000 ? 1 : 3));

const template = readFileSync(join(root, 'content/articles/uk-france-troops-ukraine-ceasefire.mdx'), 'utf8');

/** Writes `size` synthetic articles into `folder`: the full analysis for Dossier, the headline alone for bare Astro. */
function writeCorpus(folder: string, size: number, analysis: boolean): void {
  mkdirSync(folder, { recursive: true });
  for (let n = 1; n <= size; n++) {
    const article = syntheticArticle(template, n);
    const { data, body } = parseArticle(article);
    writeFileSync(join(folder, `article-${n}.mdx`), analysis ? article : `---\nheadline: ${JSON.stringify(data.headline)}\n---\n${body}`);
  }
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
  maxRssMb: number;
}

/** The command that builds a project: Dossier's `npm run build` (check, build, index, swap in) or `astro build`. */
const buildCommand = (kind: Kind, dir: string) =>
  kind === 'dossier' ? [join(dir, 'src/cli/build.ts')] : [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir];

/** Builds a project under /usr/bin/time -v; fails loudly if the build fails. */
function build(kind: Kind, dir: string): Run {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...buildCommand(kind, dir)], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`build of ${dir} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  return { seconds, maxRssMb: rssKb / 1024 };
}

type Kind = 'dossier' | 'bare';
/** The runs of one kind of build at one size: cold (fresh project, empty caches) and, with --warm, again in place. */
type Runs = { cold: Run[]; warm: Run[] };

const rows: Record<string, string | number>[] = [];
for (const size of sizes) {
  const runs: Record<Kind, Runs> = { dossier: { cold: [], warm: [] }, bare: { cold: [], warm: [] } };
  for (let run = 0; run < runsFor(size); run++) {
    // Alternate which goes first, so neither always meets a warmer disk cache.
    const order: Kind[] = run % 2 === 0 ? ['dossier', 'bare'] : ['bare', 'dossier'];
    for (const kind of order) {
      const dir = mkdtempSync(join(tmpdir(), `dossier-bench-${kind}-${size}-`));
      try {
        (kind === 'dossier' ? dossierProject : bareProject)(dir, size);
        for (const state of values.warm ? (['cold', 'warm'] as const) : (['cold'] as const)) {
          const result = build(kind, dir);
          runs[kind][state].push(result);
          console.error(`${size} articles, ${kind}, ${state}, run ${run + 1}: ${result.seconds.toFixed(1)} s, ${result.maxRssMb.toFixed(0)} MB`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  for (const state of values.warm ? (['cold', 'warm'] as const) : (['cold'] as const)) {
    const [d, b] = [median(runs.dossier[state].map((r) => r.seconds)), median(runs.bare[state].map((r) => r.seconds))];
    rows.push({
      articles: size,
      build: state,
      runs: runs.dossier[state].length,
      'Dossier s': d.toFixed(1),
      'Dossier ms/article': ((d * 1000) / size).toFixed(0),
      'Dossier peak MB': median(runs.dossier[state].map((r) => r.maxRssMb)).toFixed(0),
      'bare s': b.toFixed(1),
      'bare ms/article': ((b * 1000) / size).toFixed(0),
      'bare peak MB': median(runs.bare[state].map((r) => r.maxRssMb)).toFixed(0),
      'Dossier/bare': (d / b).toFixed(2),
    });
  }
}

console.log(machineLine());
console.table(rows);
console.log(markdownTable(rows));
