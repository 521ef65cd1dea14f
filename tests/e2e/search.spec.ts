import { expect, test } from '@playwright/test';

test('search finds the article’s words at the paragraph of the full text that holds them, under the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('search/');
  // "staunchly" is in one paragraph of the article's words, after its key points.
  await page.getByRole('searchbox', { name: 'Search articles, claims and actors' }).fill('staunchly');
  await expect(page.getByRole('status').first()).toContainText('for “staunchly”');
  const article = page.locator('#search-results li').filter({ has: page.locator('.kind', { hasText: 'Article' }) });
  await expect(article).toHaveCount(1);
  const link = article.getByRole('link');
  expect(await link.getAttribute('href')).toMatch(new RegExp(`^${base}articles/uk-france-troops-ukraine-ceasefire/full/#p-`));
  await link.click();
  await expect(page.locator('.body > p:target')).toContainText('staunchly');
});

test('search finds a claim by a word of Dossier’s reading of it, as a part of its article: its note beside its sentence', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('search/');
  // "judges" is in two claims' summaries ("The article judges that …") and nowhere in the article's words.
  await page.getByRole('searchbox', { name: 'Search articles, claims and actors' }).fill('judges');
  await expect(page.getByRole('status').first()).toContainText('for “judges”');
  const claim = page.locator('#search-results li').filter({ has: page.locator('.kind', { hasText: 'Claim' }) });
  await expect(claim).toHaveCount(1);
  const link = claim.getByRole('link');
  expect(await link.getAttribute('href')).toMatch(new RegExp(`^${base}articles/uk-france-troops-ukraine-ceasefire/full/#claim-`));
  await link.click();
  const note = page.locator('.note:target');
  await expect(note).toBeVisible();
  await expect(note).toContainText('judges');
  // Its sentence is in the paragraph the note stands beside.
  const excerpt = page.locator(`#${(await note.getAttribute('id'))!.replace(/^claim-/, 'excerpt-')}`);
  await expect(excerpt).toBeVisible();
});

test('without JavaScript, the search page offers a plain index under the base path', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('search/', baseURL).href);
  await expect(page.getByRole('search')).toBeHidden();
  const base = new URL(baseURL!).pathname;
  const links = await page.getByRole('region', { name: 'Browse' }).getByRole('link').evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((href) => !href?.startsWith(base))).toEqual([]);
  await context.close();
});
