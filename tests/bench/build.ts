/**
 * `npm run bench:build`: builds synthetic corpora of 1, 100 and 1,000 articles with Dossier's full
 * pipeline and with a bare Astro + MDX project over the same bodies, alternating the two, and prints
 * wall time, milliseconds per article, peak memory (max RSS from /usr/bin/time -v) and the ratio.
 *
 * Each synthetic article is a copy of the real one under its own slug and headline: about 5 KB of body,
 * its actors, claims and positions, so every excerpt is verbatim in its body by construction.
 * Options: `--sizes 1,100,1000` and `--runs 3` (runs per size; 1,000 articles defaults to 1).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../support/build';
import { machineLine, markdownTable, median } from './report';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,100,1000' }, runs: { type: 'string' } } });
const sizes = values.sizes.split(',').map(Number);
const runsFor = (size: number) => Number(values.runs ?? (size >= 1000 ? 1 : 3));

const source = readFileSync(join(root, 'content/articles/uk-france-troops-ukraine-ceasefire.mdx'), 'utf8');
const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];

/** Article `i` of a synthetic corpus: the real one's analysis and body under a new headline. */
function synthetic(i: number): string {
  return `---\n${frontmatter.replace(/^headline: "(.*)"$/m, `headline: "Synthetic ${i}: $1"`)}\n---\n${body}`;
}

/** A Dossier project over `size` synthetic articles. */
function dossierProject(dir: string, size: number): void {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  for (let i = 1; i <= size; i++) writeFileSync(join(dir, 'content/articles', `article-${i}.mdx`), synthetic(i));
}

/** A bare Astro + MDX project over the same bodies, without the analysis. */
function bareProject(dir: string, size: number): void {
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
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
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  for (let i = 1; i <= size; i++) {
    const headline = /^headline: (".*")$/m.exec(frontmatter)?.[1] ?? '""';
    writeFileSync(join(dir, 'content/articles', `article-${i}.mdx`), `---\nheadline: ${headline.replace(/^"/, `"Synthetic ${i}: `)}\n---\n${body}`);
  }
}

interface Run {
  seconds: number;
  maxRssMb: number;
}

/** Builds a project under /usr/bin/time -v; fails loudly if the build fails. */
function build(dir: string): Run {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
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

const rows = [];
for (const size of sizes) {
  const dossier: Run[] = [];
  const bare: Run[] = [];
  for (let run = 0; run < runsFor(size); run++) {
    // Alternate which goes first, so neither always meets a warmer disk cache.
    const order = run % 2 === 0 ? (['dossier', 'bare'] as const) : (['bare', 'dossier'] as const);
    for (const kind of order) {
      const dir = mkdtempSync(join(tmpdir(), `dossier-bench-${kind}-${size}-`));
      try {
        (kind === 'dossier' ? dossierProject : bareProject)(dir, size);
        const result = build(dir);
        (kind === 'dossier' ? dossier : bare).push(result);
        console.error(`${size} articles, ${kind}, run ${run + 1}: ${result.seconds.toFixed(1)} s, ${result.maxRssMb.toFixed(0)} MB`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const [d, b] = [median(dossier.map((r) => r.seconds)), median(bare.map((r) => r.seconds))];
  rows.push({
    articles: size,
    runs: dossier.length,
    'Dossier s': d.toFixed(1),
    'Dossier ms/article': ((d * 1000) / size).toFixed(0),
    'Dossier peak MB': median(dossier.map((r) => r.maxRssMb)).toFixed(0),
    'bare s': b.toFixed(1),
    'bare ms/article': ((b * 1000) / size).toFixed(0),
    'bare peak MB': median(bare.map((r) => r.maxRssMb)).toFixed(0),
    'Dossier/bare': (d / b).toFixed(2),
  });
}

console.log(machineLine());
console.table(rows);
console.log(markdownTable(rows));
