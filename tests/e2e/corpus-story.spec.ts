import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { watch } from './watch';

/**
 * The walk across one story, on the story fixture (tests/fixtures/story: three articles sharing a
 * registry, Southby's stance on the shared ferry changing twice, with tests/fixtures/story-languages: the
 * story in French, Ukrainian and Arabic), served by its own nginx and run with
 * and without JavaScript (tests/playwright.config.ts): home → article → question page → an actor → the
 * sentence a stance rests on, in another article.
 */
test('a reader follows a question from one article to the sentence an actor’s earlier stance rests on in another', async ({ page, baseURL }) => {
  const problems = await watch(page, new URL(baseURL!).origin);
  await page.goto('./');
  const newest = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Harbour towns agree to share a ferry' }) });
  await expect(newest.locator('time')).toHaveText('4 March 2025');
  await newest.getByRole('link', { name: 'Harbour towns agree to share a ferry' }).click();
  await expect(page).toHaveURL(/\/articles\/harbour-talks\/$/);

  // The summary names its nearest neighbours in the story, in story order (the one before it, the two after:
  // the French article of 12 March and the Arabic one of 15 March), and links to the question for the rest.
  const alsoOn = page.getByRole('complementary', { name: 'Also on these questions' });
  await expect(alsoOn.locator('cite')).toHaveText([
    'Southby delays its ferry vote',
    'Le ferry partagé entre Northport et Southby fait ses preuves',
    'نورثبورت وساوثبي تتقاسمان عبّارة واحدة',
  ]);
  await alsoOn.getByRole('link', { name: 'A shared ferry' }).first().click();
  await expect(page).toHaveURL(/\/questions\/shared-ferry\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Should the towns share one ferry?');

  // Southby now, then its changes as runs; the month of March holds every actor's stance in that month's articles.
  const southby = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Southby' }) });
  await expect(southby.getByRole('cell').first()).toHaveText('✓ Supports');
  await expect(page.getByRole('region', { name: 'How stances changed' }).locator('.change')).toHaveText([
    'Changed: Unclear → Conditional, 4 March 2025',
    'Changed: Conditional → Supports, in an undated article',
  ]);
  await page.getByRole('region', { name: 'The full record, month by month' }).getByRole('link', { name: 'March 2025' }).click();
  await expect(page).toHaveURL(/\/questions\/shared-ferry\/2025-03\/$/);
  const march = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Southby' }) });
  await expect(march.locator('.change')).toHaveText(['Changed: Unclear → Conditional, 4 March 2025']);
  await page.getByRole('link', { name: '← February 2025' }).click();
  await expect(page).toHaveURL(/\/questions\/shared-ferry\/2025-02\/$/);
  await page.getByRole('rowheader').getByRole('link', { name: 'Southby' }).click();
  await expect(page).toHaveURL(/\/actors\/southby\/$/);

  // On the actor's page, its first run of one stance, in the oldest article, leads to the sentence where it began.
  const first = page.getByRole('region', { name: 'Positions over time' }).locator('.runs > li').first();
  await expect(first.locator('cite')).toHaveText('Southby delays its ferry vote');
  await first.getByRole('link', { name: 'Unclear: Southby has not decided.' }).click();
  await expect(page).toHaveURL(/\/articles\/ferry-vote\/full\/#p-southby-put-off-its-vote-on$/);
  const sentence = page.locator('#p-southby-put-off-its-vote-on');
  await expect(sentence).toBeInViewport();
  await expect(sentence).toHaveText(/^Southby put off its vote on the shared ferry until March\./);
  expect(problems).toEqual([]);
});

// One page of each kind a story has, the period archives included.
// ferry-launch, undated, is in group 6 by its slug; `undated` is the index of the groups.
for (const path of ['questions/shared-ferry/', 'questions/shared-ferry/2025-03/', 'questions/shared-ferry/undated/', 'questions/shared-ferry/undated-06/', 'actors/southby/', 'actors/southby/2025-03/', 'actors/southby/undated/', 'articles/harbour-talks/', 'archive/2025-03/', 'archive/undated/', '']) {
  test(`/${path} of a story, with its changes marked and its links between articles: no axe violation in light or dark; fits 320 px`, async ({ page }) => {
    await page.goto(`./${path}`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect.soft(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

/** The Arabic article, right to left: each kind of page at a desktop's and a phone's size, in both schemes. */
for (const path of ['articles/ferry-ar/full/', 'articles/ferry-ar/', 'articles/ferry-ar/claims/reyes-ibara-wahida/']) {
  for (const [width, height] of [[1280, 900], [390, 844]] as const) {
    test(`${path} in Arabic at ${width}×${height}: no axe violation in light or dark; nothing runs off the screen`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./${path}`);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect.soft(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }
}

test('the Arabic full text reads right to left, its notes in the margin at the end of the lines, on the left', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./articles/ferry-ar/full/');
  const paragraph = page.locator('#p-qlt-an-ryys-riysh-bldyh-nwrthbwrt');
  await expect(paragraph).toHaveCSS('direction', 'rtl');
  const note = page.getByRole('listitem').filter({ hasText: 'Reyes says one ferry is enough.' });
  await expect(note).toHaveCSS('direction', 'ltr');
  const [text, margin] = await Promise.all([paragraph.boundingBox(), note.boundingBox()]);
  expect(margin!.x + margin!.width).toBeLessThanOrEqual(text!.x);
  // Beside its paragraph: the note starts level with it, give or take a line.
  expect(Math.abs(margin!.y - text!.y)).toBeLessThan(24);
});
