import { expect, test, type Page } from '@playwright/test';
import { underBase } from './pages';

const full = '/articles/uk-france-troops-ukraine-ceasefire/full/';

/** Whether the element is the document's :target, i.e. highlighted as the place a link led to. */
/** The absolute address of a site path, under the project's base path. */
const address = (path: string, baseURL: string | undefined) => new URL(underBase(path), baseURL).href;

const isTarget = (page: Page, selector: string) => page.locator(selector).evaluate((element) => element.matches(':target'));

test.describe('arriving on a deep link', () => {
  for (const [kind, path, selector] of [
    ['heading', `${full}#mixed-reactions-from-europe`, '#mixed-reactions-from-europe'],
    ['paragraph', `${full}#p-russia-however-remains-staunchly-opposed-deputy`, '#p-russia-however-remains-staunchly-opposed-deputy'],
    ['claim', `${full}#claim-enoch-escalation-risk`, '#claim-enoch-escalation-risk'],
    ['claim excerpt', `${full}#excerpt-ryabkov-no-nato-troops`, '#excerpt-ryabkov-no-nato-troops'],
    ['actor', '/actors/#actor-sergei-ryabkov', '#actor-sergei-ryabkov'],
  ] as const) {
    test(`a ${kind} is in view and highlighted`, async ({ page }) => {
      await page.goto(underBase(path));
      await expect(page.locator(selector)).toBeInViewport();
      expect(await isTarget(page, selector)).toBe(true);
    });
  }

  test('a text fragment scrolls to its words', async ({ page, baseURL }) => {
    // Browsers honour text fragments only on navigations a person starts, so follow a real link.
    await page.goto('./');
    const href = `${address(full, baseURL)}#:~:text=even%20post%2Dceasefire%E2%80%94could%20provoke%20Moscow`;
    await page.evaluate((target) => {
      const link = Object.assign(document.createElement('a'), { href: target, textContent: 'shared link' });
      document.querySelector('main')?.prepend(link);
    }, href);
    await page.getByRole('link', { name: 'shared link' }).click();
    await expect(page).toHaveURL(new RegExp(`${full}$|${full}#`));
    await expect(page.locator('#p-analysts-warn-that-deploying-troops-even')).toBeInViewport();
  });
});

test.describe('"link to this" controls', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a click copies the exact URL and announces it', async ({ page, baseURL }) => {
    await page.goto(underBase(full));
    const paragraph = page.locator('#p-russia-however-remains-staunchly-opposed-deputy');
    await paragraph.hover();
    await paragraph.getByRole('link', { name: 'Link to this paragraph' }).click();
    const url = `${address(full, baseURL)}#p-russia-however-remains-staunchly-opposed-deputy`;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${url}`);
    await expect(page).toHaveURL(url);
  });

  test('the keyboard reaches a control, shows it, and copies with Enter', async ({ page, baseURL }) => {
    await page.goto(underBase(full));
    const control = page.locator('#p-while-zelensky-hailed-the-agreement-as').getByRole('link', { name: 'Link to this paragraph' });
    await page.locator('#p-while-zelensky-hailed-the-agreement-as a').first().focus();
    await page.keyboard.press('Tab');
    for (let presses = 0; presses < 40 && !(await control.evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(control).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    const url = `${address(full, baseURL)}#p-while-zelensky-hailed-the-agreement-as`;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${url}`);
  });

  test('a claim’s control copies the address of the claim’s own page', async ({ page, baseURL }) => {
    await page.goto(underBase(full));
    const claim = page.locator('#claim-ryabkov-no-nato-troops');
    await claim.getByRole('link', { name: 'Link to this claim' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address('/articles/uk-france-troops-ukraine-ceasefire/claims/ryabkov-no-nato-troops/', baseURL));
  });

  test('an actor’s control copies its entry in the actor index', async ({ page, baseURL }) => {
    await page.goto(underBase('/actors/'));
    await page.getByRole('link', { name: 'Link to Sergei Ryabkov' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address('/actors/#actor-sergei-ryabkov', baseURL));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a control is a plain link to its fragment', async ({ page }) => {
    await page.goto(underBase(full));
    const paragraph = page.locator('#p-russia-however-remains-staunchly-opposed-deputy');
    await paragraph.hover();
    await paragraph.getByRole('link', { name: 'Link to this paragraph' }).click();
    await expect(page).toHaveURL(new RegExp(`${full}#p-russia-however-remains-staunchly-opposed-deputy$`));
    expect(await isTarget(page, '#p-russia-however-remains-staunchly-opposed-deputy')).toBe(true);
  });
});
