import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/build';
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

let weights: PageWeight[] = [];

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  weights = listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((page) => pageWeight(dist, page));
  console.table(weights.map(({ page, html, css, js, total }) => ({ page, html, css, js, total, budget: budgetFor(page) })));
});

describe('byte budgets', () => {
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
