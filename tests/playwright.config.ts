import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

const port = Number(process.env.DOSSIER_TEST_PORT ?? 4329);

/** Playwright's own Chromium where it is installed, otherwise the system's (Debian's /usr/bin/chromium). */
function browserLaunch() {
  const own = chromium.executablePath();
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(own) || !existsSync(system)) return {};
  return {
    executablePath: system,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results',
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: browserLaunch(),
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium-no-js', use: { ...devices['Desktop Chrome'], javaScriptEnabled: false }, testMatch: /journey/ },
  ],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    cwd: '..',
  },
});
