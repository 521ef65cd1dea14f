import { expect, test } from '@playwright/test';

test('search finds a claim by a word of its excerpt, under the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('search/');
  await page.getByRole('searchbox', { name: 'Search articles, claims and actors' }).fill('demilitarized');
  await expect(page.getByRole('status').first()).toContainText('for “demilitarized”');
  const claim = page.locator('#search-results li').filter({ hasText: 'Claim' }).first();
  const link = claim.getByRole('link');
  expect(await link.getAttribute('href')).toMatch(new RegExp(`^${base}articles/uk-france-troops-ukraine-ceasefire/claims/`));
  await link.click();
  await expect(page.locator('blockquote mark')).toContainText('demilitarized');
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
