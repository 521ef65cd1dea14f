import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { splitSource } from '../../src/lib/source/mdx-file';
import { devProject, listening, removeDevProject, startDevServer, stopDevServer } from '../support/dev-project';

const port = Number(process.env.DOSSIER_TEST_PORT ?? 8610) + 3;
const slug = 'uk-france-troops-ukraine-ceasefire';
const article = `content/articles/${slug}.mdx`;
const fullText = `http://127.0.0.1:${port}/articles/${slug}/full/`;
const sentence = 'Russia, however, remains staunchly opposed.';

test.describe.configure({ mode: 'serial' });

let project: string;
let dev: Awaited<ReturnType<typeof startDevServer>>;

test.beforeAll(async () => {
  project = devProject();
  dev = await startDevServer(project, port);
});

test.afterAll(async () => {
  if (dev) await stopDevServer(dev.server);
  removeDevProject(project);
});

const fileText = () => readFileSync(join(project, article), 'utf8');

/** Selects the words of the article's text, as a reader does with the mouse, across mention links if need be. */
async function select(page: Page, words: string) {
  await page.evaluate((wanted) => {
    const paragraph = [...document.querySelectorAll('article.source .body p')].find((p) => p.textContent!.includes(wanted))!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const from = paragraph.textContent!.indexOf(wanted);
    const to = from + wanted.length;
    for (let at = 0, node = walker.nextNode(); node; at += node.textContent!.length, node = walker.nextNode()) {
      const length = node.textContent!.length;
      if (at <= from && from < at + length) range.setStart(node, from - at);
      if (at < to && to <= at + length) range.setEnd(node, to - at);
    }
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, words);
}

/**
 * Opens the full text and waits until the dev server has nothing more to send: Vite may reload the page
 * once after its first load (dependencies optimised, content synced after the last test's write), and a
 * selection made before that reload would be lost.
 */
async function openFullText(page: Page) {
  await page.goto(fullText);
  await page.waitForLoadState('networkidle');
}

/** Opens the "Annotate the article" app of the dev toolbar and returns its panel. */
async function openApp(page: Page) {
  await page.locator('astro-dev-toolbar button[data-app-id="dossier-annotate"]').click();
  const app = page.locator('astro-dev-toolbar-app-canvas[data-app-id="dossier-annotate"]');
  await expect(app.getByRole('heading', { name: 'Annotate the article' })).toBeVisible();
  return app;
}

test('npm start -- --port --host serves the site on that port', async ({ page }) => {
  const response = await page.goto(`http://127.0.0.1:${port}/`);
  expect(response?.status()).toBe(200);
});

test('a selected sentence becomes a claim in the file, comments kept, and its mark in the reloaded page', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const before = fileText();
  await openFullText(page);
  await select(page, sentence);
  const app = await openApp(page);
  await expect(app.locator('[data-selection]')).toHaveText(sentence);
  await app.getByRole('button', { name: 'Add claim' }).click();
  await app.getByLabel('Speaker').selectOption('');
  await app.getByLabel('Kind').selectOption('assertion');
  await app.getByLabel('Summary, in the site’s words').fill('Russia opposes the plan.');
  await Promise.all([page.waitForEvent('load'), app.getByRole('button', { name: 'Add this claim to the article' }).click()]);

  const after = fileText();
  const end = before.indexOf('\n---\n', 4) + 1;
  expect(after.slice(0, end)).toBe(before.slice(0, end));
  expect(after.slice(after.indexOf('\n---\n', 4))).toBe(before.slice(end - 1));
  expect(after).toContain('# Date, author, outlet and URL are not stated in the source: left out on purpose.');
  const claims = (parse(splitSource(after).frontmatter) as { claims: Record<string, string>[] }).claims;
  expect(claims.at(-1)).toEqual({ id: 'russia-however-remains-staunchly', kind: 'assertion', excerpt: sentence, summary: 'Russia opposes the plan.' });
  await expect(page.locator('mark#excerpt-russia-however-remains-staunchly')).toHaveText(sentence);
  expect(errors).toEqual([]);
});

test('an entry the check refuses shows the check’s message and leaves the file byte for byte as it was', async ({ page }) => {
  const before = readFileSync(join(project, article));
  await openFullText(page);
  await select(page, 'Analysts warn that deploying troops');
  const app = await openApp(page);
  await app.getByRole('button', { name: 'Add claim' }).click();
  await app.getByLabel('Speaker').selectOption('');
  await app.getByLabel('Kind').selectOption('quote');
  await app.getByLabel('Summary, in the site’s words').fill('Analysts warn.');
  await app.getByRole('button', { name: 'Add this claim to the article' }).click();
  await expect(app.getByRole('alert')).toContainText('claims.27.speaker: a quote needs the id of the actor who said it');
  expect(readFileSync(join(project, article))).toEqual(before);
});

test('stopping npm start stops the server', async () => {
  await stopDevServer(dev.server);
  expect(await listening(port)).toBe(false);
});
