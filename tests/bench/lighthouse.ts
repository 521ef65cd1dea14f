/**
 * `npm run bench:lighthouse`: Lighthouse's default run (mobile emulation, simulated throttling) over
 * one page of each kind, three runs each in a fresh Chromium, and the median score per category with
 * median LCP, TBT and CLS, then every audit that scored below 1 on some run, so a lost point names its
 * cause.
 *
 * The site is built afresh and served by nginx with the README's server block, by the script the
 * end-to-end tests use (tests/support/serve.ts): Best Practices sees the headers a deploy sends, and
 * every canonical URL is the server's own. `dist/` is left alone. The pages are the first of each kind
 * in the served sitemap, and an address that does not exist for the 404 page.
 * Options: `--runs 3`, `--port 8650`, `--base /`, `--reports <dir>` (each run's HTML report),
 * `--fixture story,story-languages` (serve a fixture's content instead of `content/`, as the e2e tests do),
 * `--page articles/ferry-ar/full/` (repeatable: audit these paths below the base instead, named by path):
 *
 *   npm run bench:lighthouse -- --fixture story,story-languages --page articles/ferry-ar/full/ --page articles/ferry-ar/
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { root } from '../support/build';
import { machineLine, markdownTable, median } from './report';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '8650' },
    base: { type: 'string', default: '/' },
    reports: { type: 'string' },
    fixture: { type: 'string' },
    page: { type: 'string', multiple: true },
  },
});
const runs = Number(values.runs);
const site = `http://127.0.0.1:${values.port}${values.base}`;

const categories = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };

/** Each kind of page, and the pattern its path below the base matches in the sitemap. */
const kinds = [
  { name: 'Home', path: /^$/ },
  { name: 'Summary', path: /^articles\/[^/]+\/$/ },
  { name: 'Full text', path: /^articles\/[^/]+\/full\/$/ },
  { name: 'Claim', path: /^articles\/[^/]+\/claims\/[^/]+\/$/ },
  { name: 'Actor index', path: /^actors\/$/ },
  { name: 'Actor', path: /^actors\/[^/]+\/$/ },
  { name: 'Question index', path: /^questions\/$/ },
  { name: 'Question', path: /^questions\/[^/]+\/$/ },
  { name: 'Search', path: /^search\/$/ },
];

/** The Chromium to drive: `CHROMIUM_PATH`, Debian's, or Playwright's own. */
function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()].find((path) => path && existsSync(path));
  if (!found) throw new Error('no Chromium: set CHROMIUM_PATH, apt-get install chromium, or npx playwright install chromium');
  return found;
}

const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts tests/support/serve.ts (a build, then nginx) and waits until the site answers. */
async function serve(): Promise<ChildProcess> {
  const answers = () => fetch(site).then((response) => response.ok, () => false);
  if (await answers()) throw new Error(`something already answers at ${site}; pass another --port`);
  const fixture = values.fixture ? ['--fixture', values.fixture] : [];
  const server = spawn(process.execPath, [join(root, 'tests/support/serve.ts'), '--port', values.port, '--base', values.base, ...fixture], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  for (const deadline = Date.now() + 300_000; Date.now() < deadline; await sleep(500)) {
    if (server.exitCode !== null) throw new Error('building or serving the site failed (see above)');
    if (await answers()) return server;
  }
  server.kill('SIGTERM');
  throw new Error(`the site did not answer at ${site} within five minutes`);
}

/** Stops the server and waits for it to remove its temporary folder. */
async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/** Every page address in the served sitemap, in its order. */
async function sitemapPages(): Promise<string[]> {
  const locations = async (url: string) => [...(await (await fetch(url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  return (await Promise.all((await locations(`${site}sitemap-index.xml`)).map(locations))).flat();
}

/** One Lighthouse run over `url` in a fresh Chromium, with the browser's full version. */
async function auditOnce(url: string, missing: boolean): Promise<{ lhr: Result; report: string; browser: string }> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags, logLevel: 'error' });
  try {
    // The user agent Lighthouse records is reduced to 156.0.0.0; DevTools knows the build.
    const { Browser: product } = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { Browser: string };
    const browser = `Chromium ${product.split('/')[1] ?? product}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: Object.keys(categories),
      logLevel: 'error',
      output: 'html',
      // A missing address answers 404 on purpose; Lighthouse would otherwise refuse to audit it.
      ignoreStatusCode: missing,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr, report } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return { lhr, report: String(report), browser };
  } finally {
    chrome.kill();
  }
}

/** `auditOnce`, tried up to three times: Lighthouse sometimes loses a trace (NO_NAVSTART) and asks to be run again. */
async function audit(url: string, missing: boolean): ReturnType<typeof auditOnce> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, missing);
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`${String(error)}; trying again`);
    }
  }
}

/** An audit that scored below 1 somewhere: on which pages, how often, and what it said there. */
interface Shortfall {
  category: string;
  id: string;
  title: string;
  weight: number;
  pages: Map<string, { failed: number; scores: number[]; displayValue: string }>;
}

/** Notes every audit of `lhr` that scored below 1 on `page`. */
function noteShortfalls(shortfalls: Map<string, Shortfall>, page: string, lhr: Result): void {
  for (const [category, name] of Object.entries(categories)) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const result = lhr.audits[ref.id];
      if (!result || result.score === null || result.score >= 1) continue;
      const key = `${category} ${ref.id}`;
      const shortfall = shortfalls.get(key) ?? { category: name, id: ref.id, title: result.title, weight: ref.weight, pages: new Map() };
      const onPage = shortfall.pages.get(page) ?? { failed: 0, scores: [], displayValue: '' };
      onPage.failed += 1;
      onPage.scores.push(result.score);
      onPage.displayValue = result.displayValue ?? onPage.displayValue;
      shortfall.pages.set(page, onPage);
      shortfalls.set(key, shortfall);
    }
  }
}

/** Shortfalls as Markdown list items, one per audit: each page with its failed runs, median score and value. */
function shortfallLines(shortfalls: Shortfall[]): string {
  const lines = shortfalls.map(({ category, id, title, weight, pages }) => {
    const where = [...pages].map(([page, { failed, scores, displayValue }]) => {
      return `${page} ${failed}/${runs}, ${median(scores).toFixed(2)}${displayValue ? `, ${displayValue}` : ''}`;
    });
    return `- ${category} · \`${id}\` ${title}${weight ? ` (weight ${weight})` : ''}: ${where.join('; ')}`;
  });
  return lines.join('\n') || 'None.';
}

const server = await serve();
try {
  const pages = await sitemapPages();
  const chosen = values.page ?? [];
  const targets =
    chosen.length > 0
      ? chosen.map((path) => {
          const url = `${site}${path.replace(/^\//, '')}`;
          if (!pages.includes(url)) throw new Error(`the sitemap at ${site} lists no page ${path}`);
          return { name: path, url, missing: false };
        })
      : kinds.map((kind) => {
          const url = pages.find((page) => page.startsWith(site) && kind.path.test(page.slice(site.length)));
          if (!url) throw new Error(`the sitemap at ${site} lists no ${kind.name} page`);
          return { name: kind.name, url, missing: false };
        });
  if (chosen.length === 0) targets.push({ name: '404', url: `${site}no-such-page/`, missing: true });
  if (values.reports) mkdirSync(values.reports, { recursive: true });

  const rows = [];
  const shortfalls = new Map<string, Shortfall>();
  const environment = { browser: '', lighthouse: '', benchmarkIndex: [] as number[] };
  for (const target of targets) {
    const results: Result[] = [];
    for (let run = 1; run <= runs; run++) {
      const { lhr, report, browser } = await audit(target.url, target.missing);
      results.push(lhr);
      noteShortfalls(shortfalls, target.name, lhr);
      Object.assign(environment, { browser, lighthouse: lhr.lighthouseVersion });
      environment.benchmarkIndex.push(lhr.environment.benchmarkIndex);
      if (values.reports) writeFileSync(join(values.reports, `${target.name.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${run}.html`), report);
      const scores = Object.entries(categories).map(([id, name]) => `${name} ${Math.round((lhr.categories[id]?.score ?? 0) * 100)}`);
      console.error(`${target.name}, run ${run}: ${scores.join(', ')}`);
    }
    const metric = (id: string) => median(results.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
    rows.push({
      Page: target.name,
      Path: `\`${target.url.slice(site.length - 1)}\``,
      ...Object.fromEntries(
        Object.entries(categories).map(([id, name]) => [name, median(results.map((lhr) => (lhr.categories[id]?.score ?? 0) * 100)).toFixed(0)]),
      ),
      'LCP s': (metric('largest-contentful-paint') / 1000).toFixed(1),
      'TBT ms': metric('total-blocking-time').toFixed(0),
      CLS: metric('cumulative-layout-shift').toFixed(3),
    });
  }

  console.log(
    machineLine(environment.browser, `Lighthouse ${environment.lighthouse}`, `BenchmarkIndex ${median(environment.benchmarkIndex).toFixed(0)}`),
  );
  console.log(`${runs} run${runs === 1 ? '' : 's'} per page, medians; mobile emulation and simulated throttling (Lighthouse's defaults)\n`);
  console.log(markdownTable(rows));
  const all = [...shortfalls.values()];
  console.log('\nAudits below 1 that count towards a score (page, failed runs, median score, value):\n');
  console.log(shortfallLines(all.filter((shortfall) => shortfall.weight > 0)));
  console.log('\nDiagnostics and insights below 1 (weight 0: no effect on the score):\n');
  console.log(shortfallLines(all.filter((shortfall) => shortfall.weight === 0)));
} finally {
  await stop(server);
}
