import { chromium } from '@playwright/test';
const [,, base, out, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of paths) {
  for (const [w, h, tag] of [[1280, 900, 'd'], [390, 844, 'm']]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
      await page.goto(base + path);
      const name = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${tag}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: tag === 'd' && scheme === 'light' });
      await page.close();
    }
  }
}
await browser.close();
