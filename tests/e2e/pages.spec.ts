import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages, underBase } from './pages';
import { watch } from './watch';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('the watch on every page reports CSP violations, console errors and requests to another origin', async ({ page, baseURL }) => {
  const { origin } = new URL(baseURL!);
  const elsewhere = 'https://elsewhere.invalid/picture.png';
  await page.route(elsewhere, (route) => route.abort());
  await page.route(`${origin}/watch-check/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Check</title>
        <meta http-equiv="content-security-policy" content="script-src 'none'"></head>
        <body><script>document.title = 'ran';</script><img src="${elsewhere}" alt=""></body></html>`,
    }),
  );
  const problems = await watch(page, origin);
  await page.goto(`${origin}/watch-check/`);
  await expect
    .poll(() => problems)
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^CSP violation: script-src-elem blocked inline/),
        `request to another origin: ${elsewhere}`,
        expect.stringMatching(/^console error at /),
      ]),
    );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of sitePages) {
      test(`${path} has no axe violation, console error, CSP violation or request to another site`, async ({ page, baseURL }) => {
        const problems = await watch(page, new URL(baseURL!).origin);
        const response = await page.goto(underBase(path));
        expect(response?.status()).toBe(200);
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect.soft(problems).toEqual([]);
        expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of sitePages) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(underBase(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
