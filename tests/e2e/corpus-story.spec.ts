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

test('search finds words of every language from /search/, each result in its language and direction, and an actor by any of its names', async ({ page, baseURL }) => {
  const problems = await watch(page, new URL(baseURL!).origin);
  await page.goto('./search/');
  const box = page.getByRole('searchbox', { name: 'Search articles, claims and actors' });
  const results = page.locator('#search-results > li');
  const search = async (query: string) => {
    await box.fill(query);
    await expect(page.getByRole('status').first()).toContainText(`for “${query}”`);
  };
  // A French word, a Ukrainian name as the article declines it ("Нортпортом": by Northport), an Arabic word:
  // each found in its article's own index, its title and excerpt in that language and direction.
  for (const [query, lang, dir, article] of [
    ['traversée', 'fr', 'ltr', 'ferry-fr'],
    ['Нортпортом', 'uk', 'ltr', 'ferry-uk'],
    ['عبّارتين', 'ar', 'rtl', 'ferry-ar'],
  ] as const) {
    await search(query);
    // Its link goes to the full text at the paragraph the words are in.
    const hit = results.filter({ has: page.locator(`a[href*="/articles/${article}/full/#p-"]`) });
    await expect(hit).toHaveCount(1);
    for (const words of [hit.getByRole('link'), hit.locator('p')]) {
      await expect(words).toHaveAttribute('lang', lang);
      await expect(words).toHaveAttribute('dir', dir);
    }
    await expect(hit.locator('mark').first()).toBeVisible();
    await expect(hit.locator('.kind')).toHaveText(' · Article');
    // Dossier's own pages are English, from the English index.
    await expect(results.filter({ has: page.locator('a[href*="/actors/"]') }).getByRole('link').first()).toHaveAttribute('lang', 'en');
  }
  // An actor by its English name and by its names in other scripts, first in each list.
  for (const query of ['Ana Reyes', 'Ана Рейес', 'آنا رييس']) {
    await search(query);
    await expect(results.first().getByRole('link'), query).toHaveAttribute('href', /\/actors\/ana-reyes\/$/);
  }
  await search('Southby');
  await expect(results.first().getByRole('link')).toHaveText('Southby');
  expect(problems).toEqual([]);
});

test.describe('the Arabic article on paper', () => {
  test('its full text prints right to left on one A4 page, Dossier’s notes after its words in their order, without the site’s controls', async ({ page }) => {
    await page.goto('./articles/ferry-ar/full/');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of [page.getByRole('banner'), page.getByRole('contentinfo'), page.getByRole('navigation'), page.locator('.permalink'), page.locator('.key-points-box')]) {
      await expect(chrome.first()).toBeHidden();
    }
    const paragraphs = page.locator('.body > p');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('direction', 'rtl');
    // Right to left: each paragraph's first line starts at the column's right edge.
    const starts = await paragraphs.evaluateAll((items) =>
      items.map((item) => {
        // The paragraph's first letter, wherever its text begins (in a mention, in a claim's mark).
        const first = document.createTreeWalker(item, NodeFilter.SHOW_TEXT).nextNode()!;
        const range = document.createRange();
        range.setStart(first, 0);
        range.setEnd(first, 1);
        return [getComputedStyle(item).direction, Math.round(item.getBoundingClientRect().right - range.getClientRects()[0]!.right)] as const;
      }),
    );
    expect(starts.length).toBeGreaterThan(0);
    for (const [direction, gap] of starts) {
      expect(direction).toBe('rtl');
      expect(Math.abs(gap)).toBeLessThanOrEqual(1);
    }
    // Every note, in English and left to right, after the last paragraph, in the order of the numbers in the text.
    const notes = page.locator('.note');
    expect(await notes.evaluateAll((items) => items.every((item) => item.checkVisibility() && getComputedStyle(item).direction === 'ltr'))).toBe(true);
    const last = (await paragraphs.last().boundingBox())!;
    const printed = await notes.evaluateAll((items) => items.map((item) => [item.getBoundingClientRect().y, item.querySelector('.n')!.textContent!] as const));
    expect(printed.every(([y]) => y > last.y + last.height)).toBe(true);
    const inText = await page.locator('.body .claim-ref').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-n')!));
    expect(printed.toSorted(([a], [b]) => a - b).map(([, n]) => n)).toEqual(inText);
    expect(inText.length).toBe(4);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  });

  test('its summary prints right to left where the words are the article’s, without the site’s controls', async ({ page }) => {
    await page.goto('./articles/ferry-ar/');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of [page.getByRole('banner'), page.getByRole('contentinfo'), page.getByRole('navigation')]) {
      await expect(chrome.first()).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('direction', 'rtl');
    const points = page.getByRole('region', { name: /Key points/ }).getByRole('listitem');
    expect(await points.count()).toBeGreaterThan(0);
    for (const point of await points.all()) await expect(point).toHaveCSS('direction', 'rtl');
    // Dossier's own words stay left to right.
    await expect(page.getByRole('heading', { name: /Dossier’s view/ })).toHaveCSS('direction', 'ltr');
  });
});
