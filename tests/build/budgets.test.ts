import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyArticle, storySlug } from '../bench/corpus';
import { buildProject, fixtureProject, removeFixtureBuilds, root, type BuildResult } from '../support/build';
import { listFiles } from '../support/site';
import { pageWeight, type PageWeight } from '../support/weight';

const dist = join(root, 'dist');
const KB = 1024;

/** Issue 7's budgets, gzip -9: a page's HTML plus the CSS and JavaScript it loads. */
const budget = {
  fullText: 14 * KB,
  page: 10 * KB,
  js: 2 * KB,
};

const isFullText = (page: string) => /^articles\/[^/]+\/full\/index\.html$/.test(page);
const budgetFor = (page: string) => (isFullText(page) ? budget.fullText : budget.page);

describe('byte budgets', () => {
  let weights: PageWeight[] = [];

  beforeAll(() => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    weights = listFiles(dist)
      .filter((file) => file.endsWith('.html'))
      .map((page) => pageWeight(dist, page));
    console.table(weights.map(({ page, html, css, js, total }) => ({ page, html, css, js, total, budget: budgetFor(page) })));
  });

  it('keeps every page within its budget: 14 KB for the full text, 10 KB for any other page', () => {
    const over = weights
      .filter(({ page, total }) => total > budgetFor(page))
      .map(({ page, total }) => `${page}: ${total} bytes`);
    expect(over).toEqual([]);
  });

  it('loads at most 2 KB of JavaScript on any page', () => {
    expect(weights.filter(({ js }) => js > budget.js).map(({ page, js }) => `${page}: ${js} bytes`)).toEqual([]);
  });

  it('blocks rendering on at most one stylesheet and no script', () => {
    const blocking = weights.filter(({ stylesheets, blockingScripts }) => stylesheets > 1 || blockingScripts > 0);
    expect(blocking.map(({ page, stylesheets, blockingScripts }) => ({ page, stylesheets, blockingScripts }))).toEqual([]);
  });

  it("loads only its own kind's rules: the full text's are in no other page's stylesheet", () => {
    // src/integrations/stylesheets.ts: one stylesheet a page kind, joined from the pieces Astro splits by component.
    const stylesheetOf = (page: string) => /<link rel="stylesheet" href="\/([^"]+)">/.exec(readFileSync(join(dist, page), 'utf8'))?.[1];
    const carrying = weights
      .map(({ page }) => page)
      .filter((page) => !isFullText(page))
      .filter((page) => {
        const stylesheet = stylesheetOf(page);
        return stylesheet !== undefined && readFileSync(join(dist, stylesheet), 'utf8').includes('.view-full');
      });
    expect(carrying).toEqual([]);
    expect(readFileSync(join(dist, stylesheetOf(weights.find(({ page }) => isFullText(page))!.page)!), 'utf8')).toContain('.view-full');
  });

  it('uses no web fonts', () => {
    const files = listFiles(dist);
    expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.css') && /@font-face/i.test(readFileSync(join(dist, file), 'utf8')))).toEqual([]);
  });
});

/**
 * The story the benchmark builds (tests/bench/corpus.ts): the present article under its own slug, headline and
 * date, one a day, on the registry's actors and questions. An article's neighbours are two each way, so the
 * middle one of five weighs what a middle article weighs in a story of any length (issue 20).
 */
describe('byte budgets at story scale', () => {
  const ARTICLES = 5;
  const middle = storySlug(3);
  /**
   * Room kept under each budget. The story's neighbours share one headline, "Day n: …", which compresses to
   * almost nothing; four headlines that do not repeat each other cost about 250 bytes more.
   */
  const HEADROOM = 256;
  let build: BuildResult;

  beforeAll(() => {
    const project = fixtureProject();
    for (const registry of ['actors', 'questions']) cpSync(join(root, 'content', registry), join(project, 'content', registry), { recursive: true });
    const template = readFileSync(join(root, 'content/articles/uk-france-troops-ukraine-ceasefire.mdx'), 'utf8');
    for (let n = 1; n <= ARTICLES; n++) writeFileSync(join(project, 'content/articles', `${storySlug(n)}.mdx`), storyArticle(template, n));
    build = buildProject(project);
  }, 600_000);
  afterAll(removeFixtureBuilds);

  const weigh = (page: string) => pageWeight(build.outDir, page);

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('shows the middle article its neighbours, two each way', () => {
    const summary = readFileSync(join(build.outDir, `articles/${middle}/index.html`), 'utf8');
    const neighbours = [1, 2, 4, 5].map(storySlug).filter((slug) => summary.includes(`href="/articles/${slug}/"`));
    expect(neighbours).toEqual([1, 2, 4, 5].map(storySlug));
  });

  it('keeps the middle article’s summary and full text within budget, with room for headlines that do not repeat', () => {
    const pages = [
      { ...weigh(`articles/${middle}/index.html`), budget: budget.page },
      { ...weigh(`articles/${middle}/full/index.html`), budget: budget.fullText },
    ];
    console.table(pages.map(({ page, html, css, js, total, budget }) => ({ page, html, css, js, total, budget, room: budget - total })));
    expect(pages.filter(({ total, budget }) => total > budget - HEADROOM).map(({ page, total, budget }) => `${page}: ${total} bytes of ${budget}`)).toEqual([]);
  });

  it('keeps every page of the story within its budget', () => {
    const over = listFiles(build.outDir)
      .filter((file) => file.endsWith('.html'))
      .map((page) => weigh(page))
      .filter(({ page, total }) => total > budgetFor(page))
      .map(({ page, total }) => `${page}: ${total} bytes`);
    expect(over).toEqual([]);
  });
});
