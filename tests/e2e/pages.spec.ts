import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { onePerRoute, sitePages, underBase } from './pages';
import { watch } from './watch';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations, one line each with the elements at fault. */
const described = (violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);

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

// One visit per page: axe in both colour schemes, then the narrow screen, watched throughout. Every page
// is visited at the root; under the base path, one page of each route (the others are tagged
// @every-page, which that project leaves out), since a route renders its pages alike at any base.
for (const path of sitePages) {
  const tag = onePerRoute.includes(path) ? '' : ' @every-page';
  test(`${path}${tag}: no axe violation in light or dark, console error, CSP violation or request to another site; fits 320 px, with no target too small there`, async ({
    page,
    baseURL,
  }) => {
    const problems = await watch(page, new URL(baseURL!).origin);
    const response = await page.goto(underBase(path));
    expect(response?.status()).toBe(200);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect.soft(described(violations), `axe, ${colorScheme}`).toEqual([]);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    // Headings and lists wrap on a phone, so a small target can land next to another (Lighthouse's mobile run checks this).
    const narrow = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect.soft(described(narrow.violations), 'axe target-size at 320 px').toEqual([]);
    expect(problems).toEqual([]);
  });
}
