import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { splitSource } from '../../src/lib/source/mdx-file';
import { devProject, listening, removeDevProject, startDevServer, stopDevServer } from '../support/dev-project';
import fc from 'fast-check';
import { hotClient } from '../support/vite-hot';
import { annotateMessage, brokenChanges, changedOutsideContent, snapshot } from '../support/writer-arbitraries';
import { annotateEndpoint } from '../../src/integrations/annotate/endpoint';
import { readArticleFiles } from '../../src/lib/source/article-files';
import { parseBlocks } from '../../src/lib/text/blocks';
import { events, type Added, type Choices } from '../../src/integrations/annotate/messages';

const port = Number(process.env.DOSSIER_TEST_PORT ?? 8610) + 3;
const slug = 'uk-france-troops-ukraine-ceasefire';
const article = `content/articles/${slug}.mdx`;
const fullText = `http://127.0.0.1:${port}/articles/${slug}/full/`;
const sentence = 'Russia, however, remains staunchly opposed.';

test.describe.configure({ mode: 'serial' });

let project: string;
let dev: Awaited<ReturnType<typeof startDevServer>>;

/** What `astro dev` printed that would be a crash's: an unhandled rejection, or a stack trace's frames. */
const crashLines = () => dev.output().split('\n').filter((line) => /UnhandledRejection|^\s+at \S/.test(line));

test.beforeAll(async () => {
  project = devProject();
  // Content the check refuses, there from the start: a Latin-1 article and a folder named like an article.
  const text = readFileSync(join(project, article));
  writeFileSync(join(project, 'content/articles/latin.mdx'), Buffer.concat([text, Buffer.from('\nLa d\xe9claration de Paris.\n', 'latin1')]));
  mkdirSync(join(project, 'content/articles/x.mdx'));
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

/** Astro's error overlay (Vite's, restyled), where the dev server shows content problems in the page. */
const overlay = (page: Page) => page.locator('vite-error-overlay');

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

test('content problems at start-up are named in the terminal and in the page, without a stack trace, and the server goes on', async ({ page }) => {
  await expect.poll(() => dev.output()).toContain('content/articles/latin.mdx:');
  expect(dev.output()).toMatch(/content\/articles\/latin\.mdx:\d+: file: the file is not UTF-8: byte 0xE9/);
  expect(dev.output()).toContain('content/articles/x.mdx:1: file: is a folder, not a file');
  expect((await page.goto(fullText))?.status()).toBe(200);
  // Any page shows them, as the terminal does: file, line, field and what to do, and no stack trace.
  await expect(overlay(page).locator('#title')).toHaveText('2 problems in 2 files');
  const message = overlay(page).locator('#message-content');
  await expect(message).toContainText(/content\/articles\/latin\.mdx:\d+: file: the file is not UTF-8: byte 0xE9/);
  await expect(message).toContainText('content/articles/x.mdx:1: file: is a folder, not a file');
  await expect(overlay(page).locator('#stack-content')).toHaveText('');
  expect(crashLines()).toEqual([]);
});

test('a message with no payload, a malformed one, and a folder named x.mdx are answered with why, and the server stays up', async ({ page }) => {
  const hot = await hotClient(`http://127.0.0.1:${port}`);
  try {
    let reply = hot.next<Choices>(events.choices, (data) => data.request === '');
    hot.send(events.ask);
    expect((await reply).error).toContain("the message's payload:");
    const added = hot.next<Added>(events.added, (data) => data.request === 'bad');
    hot.send(events.add, { request: 'bad', slug: '../../package', annotation: { type: 'claim' } });
    expect((await added).problems.join('\n')).toContain("the message's slug: must be a slug");
    reply = hot.next<Choices>(events.choices, (data) => data.request === 'folder');
    hot.send(events.ask, { request: 'folder', slug: 'x' });
    expect((await reply).error).toBe('content/articles/x.mdx is a folder, not a file the tools write');
    // The full text of the folder's address: the app asks on its own, and the server stays up.
    await page.goto(`http://127.0.0.1:${port}/articles/x/full/`);
    await page.waitForLoadState('networkidle');
    expect(hot.open()).toBe(true);
    expect((await page.goto(fullText))?.status()).toBe(200);
    expect(crashLines()).toEqual([]);
  } finally {
    hot.close();
  }
  // Gone, so that the article fixed next leaves the site with no problem.
  rmSync(join(project, 'content/articles/x.mdx'), { recursive: true });
});

test('an article left out at start-up is served once it is fixed', async ({ request }) => {
  const latin = `http://127.0.0.1:${port}/articles/latin/full/`;
  expect((await request.get(latin)).status()).toBe(404);
  writeFileSync(join(project, 'content/articles/latin.mdx'), readFileSync(join(project, article)));
  await expect.poll(async () => (await request.get(latin)).status(), { timeout: 60_000 }).toBe(200);
  expect(crashLines()).toEqual([]);
});

test('an edit that breaks an article shows its problem in the open page, and saving the fix, even the old text byte for byte, clears it and serves the article', async ({ page }) => {
  await openFullText(page);
  await expect(overlay(page)).toHaveCount(0);
  const good = fileText();
  const broken = good.replace('    speaker: keir-starmer\n', '    speaker: keir-starmr\n');
  const line = good.slice(0, good.indexOf('    speaker: keir-starmer\n')).split('\n').length;
  writeFileSync(join(project, article), broken);
  try {
    const message = overlay(page).locator('#message-content');
    await expect(message).toContainText(`${article}:${line}: claims.`, { timeout: 30_000 });
    await expect(message).toContainText('.speaker: unknown actor "keir-starmr"');
    await expect(message).toContainText('did you mean "keir-starmer"');
    await expect(overlay(page).locator('#title')).toHaveText('1 problem in 1 file');
    await expect(overlay(page).locator('#stack-content')).toHaveText('');
  } finally {
    // The fix restores the last good version byte for byte, as an editor's undo does: nothing in it is new.
    writeFileSync(join(project, article), good);
  }
  await expect(overlay(page)).toHaveCount(0, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await expect(overlay(page)).toHaveCount(0);
  // Served again, though the file is what it was before the edit.
  await expect.poll(async () => (await page.goto(fullText))?.status(), { timeout: 30_000 }).toBe(200);
  await expect(page.locator('article.source .body p', { hasText: sentence })).toBeVisible();
  expect(crashLines()).toEqual([]);
});

test('no other origin may read the dev client, which holds the token of the dev connection', async () => {
  const response = await fetch(`http://127.0.0.1:${port}/@vite/client`, { headers: { Origin: 'http://localhost:5173' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
});

test('a selected sentence becomes a claim in the file, comments kept, and its mark in the reloaded page', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const before = fileText();
  const hot = await hotClient(`http://127.0.0.1:${port}`);
  const added = hot.next<Added>(events.added, undefined, 120_000);
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
  // The reply arrives, and the new claim's anchor, not yet in the manifest, is no error in dev.
  expect((await added).problems).toEqual([]);
  hot.close();
  expect(crashLines()).toEqual([]);
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

test('random and malformed messages are each answered, nothing outside content/ changes, and the server stays up', async () => {
  const hot = await hotClient(`http://127.0.0.1:${port}`);
  const endpoint = annotateEndpoint(project);
  // The dev server's own caches change as it works: they are not content, nor the project's files.
  const before = snapshot(project, ['node_modules', '.astro']);
  try {
    for (const message of fc.sample(annotateMessage, { numRuns: Number(process.env.DOSSIER_FUZZ_RUNS ?? 400) / 10, seed: 23 })) {
      const files = readArticleFiles(project).filter((file) => !file.refused);
      const made = message({
        slugs: [...files.map((file) => file.slug), 'latin', 'x'],
        actors: ['russia', 'keir-starmer', 'emmanuel-macron'],
        questions: ['troops-after-ceasefire'],
        sentences: files.flatMap((file) => parseBlocks(splitSource(file.source).body).map((block) => block.text)),
        articles: files.map((file) => ({ slug: file.slug, sentences: parseBlocks(splitSource(file.source).body).map((block) => block.text) })),
        digest: (name) => endpoint.ask({ request: 'digest', slug: name }).digest,
      });
      const reply = hot.next(made.event === 'ask' ? events.choices : events.added);
      hot.send(made.event === 'ask' ? events.ask : events.add, made.payload);
      await reply;
    }
    expect(hot.open()).toBe(true);
    expect((await fetch(fullText)).status).toBe(200);
    const after = snapshot(project, ['node_modules', '.astro']);
    expect(changedOutsideContent(before, after)).toEqual([]);
    expect(brokenChanges(project, before, after)).toEqual([]);
    expect(crashLines()).toEqual([]);
  } finally {
    hot.close();
  }
});

test('stopping npm start stops the server', async () => {
  await stopDevServer(dev.server);
  expect(await listening(port)).toBe(false);
});
