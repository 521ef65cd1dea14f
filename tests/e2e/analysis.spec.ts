import { expect, test } from '@playwright/test';
import { underBase } from './pages';

// Relative to the project's base URL, so that the spec runs at / and under a base path.
const summary = underBase('/articles/uk-france-troops-ukraine-ceasefire/');
const full = `${summary}full/`;

test('the position matrix reads by its row and column headers', async ({ page }) => {
  await page.goto(summary);
  const matrix = page.getByRole('table', { name: /Each actor’s stance on each question/ });
  const headers = await matrix.getByRole('columnheader').allTextContents();
  expect(headers).toEqual(['Actor', 'Troops after a ceasefire', 'Russian control of the Donbas', 'The U.S. role']);
  const meloni = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Giorgia Meloni' }) });
  const cells = meloni.getByRole('cell');
  await expect(cells.nth(headers.indexOf('Troops after a ceasefire') - 1)).toHaveText(/Opposes/);
  // An empty cell is a quiet mark for the eye and words for a screen reader.
  await expect(cells.nth(headers.indexOf('The U.S. role') - 1)).toContainText('No position recorded');
  await cells.nth(0).getByRole('link').click();
  await expect(page).toHaveURL(/\/full\/#p-while-zelensky-hailed-the-agreement-as$/);
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test('the matrix reflows and keeps its headers', async ({ page }) => {
    await page.goto(summary);
    const matrix = page.getByRole('table', { name: /Each actor’s stance on each question/ });
    await expect(matrix.getByRole('rowheader', { name: 'Giorgia Meloni' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('a mention’s preview card', () => {
  test('opens on hover with the actor’s role and stances, and closes with Escape', async ({ page }) => {
    await page.goto(full);
    const mention = page.locator('#p-russia-however-remains-staunchly-opposed-deputy').getByRole('link', { name: 'Sergei Ryabkov' });
    await mention.scrollIntoViewIfNeeded();
    const box = await mention.boundingBox();
    await mention.hover();
    const card = page.getByRole('tooltip');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Sergei Ryabkov: Deputy Foreign Minister');
    await expect(card).toContainText('Troops after a ceasefire: ✗ Opposes');
    await expect(mention).toHaveAttribute('aria-describedby', 'mention-card');
    // The card floats over the text: nothing moves.
    expect(await mention.boundingBox()).toEqual(box);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('opens on keyboard focus and closes with Escape', async ({ page }) => {
    await page.goto(full);
    const paragraph = page.locator('#p-while-zelensky-hailed-the-agreement-as');
    const mention = paragraph.getByRole('link', { name: 'Giorgia Meloni' });
    await paragraph.getByRole('link').first().focus();
    for (let presses = 0; presses < 10 && !(await mention.evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(mention).toBeFocused();
    await expect(page.getByRole('tooltip')).toContainText('Giorgia Meloni: Italian Prime Minister');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toBeHidden();
    await expect(mention).toBeFocused();
  });
});

test('every claim shows how the text sources it', async ({ page }) => {
  await page.goto(summary);
  const claims = page.getByRole('region', { name: /Claims at a glance/ }).getByRole('listitem');
  const count = await claims.count();
  expect(count).toBeGreaterThan(0);
  await expect(claims.filter({ hasText: /Sourcing: / })).toHaveCount(count);
});
