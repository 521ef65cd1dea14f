import { expect, test } from '@playwright/test';

test('a reader walks from the home page to a paragraph through an actor', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: /^U\.K\. and France commit troops to Ukraine/ }).click();
  await expect(page).toHaveURL(/\/articles\/uk-france-troops-ukraine-ceasefire\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^U\.K\. and France commit troops/);
  await expect(page.getByRole('heading', { name: /Who stands where, at a glance/ })).toBeVisible();

  await page.getByRole('navigation', { name: 'Views of this article' }).getByRole('link', { name: 'Full text' }).click();
  await expect(page).toHaveURL(/\/full\/$/);
  const analysis = page.getByRole('complementary', { name: 'Dossier’s analysis' });
  await expect(analysis).toBeVisible();

  await analysis.getByRole('region', { name: 'Actors' }).getByRole('link', { name: 'Keir Starmer' }).click();
  await expect(page).toHaveURL(/\/actors\/keir-starmer\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keir Starmer');
  const mentions = page.getByRole('region', { name: 'In the article' });

  await mentions.getByRole('link', { name: /^In a move that could redefine/ }).click();
  await expect(page).toHaveURL(/\/full\/#p-in-a-move-that-could-redefine$/);
  const paragraph = page.locator('#p-in-a-move-that-could-redefine');
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toHaveText(/^In a move that could redefine Europe's security landscape, British Prime Minister Keir Starmer/);
  expect(await paragraph.evaluate((element) => element.matches(':target'))).toBe(true);

  // The paragraph's first claim: its note stands beside it on a desktop, and its link leads to the claim's page.
  const note = page.locator('#claim-starmer-macron-pledge');
  await expect(note).toBeInViewport();
  await note.locator('.summary a').click();
  await expect(page).toHaveURL(/\/claims\/starmer-macron-pledge\/$/);
});
