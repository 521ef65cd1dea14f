import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

const port = Number(process.env.DOSSIER_TEST_PORT ?? 4329);
const basePort = port + 1;
/** The sub-path the second build is served under, as on a project page of a static host. */
export const basePath = '/news/dossier/';

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
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /base\// },
    { name: 'chromium-no-js', use: { ...devices['Desktop Chrome'], javaScriptEnabled: false }, testMatch: /journey/ },
    { name: 'chromium-base-path', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${basePort}${basePath}` }, testMatch: /base\// },
  ],
  webServer: [
    {
      command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      cwd: '..',
    },
    {
      // `npm run build:base` built this copy of the site for the sub-path.
      command: `npx tsx tests/support/serve.ts dist-base ${basePath} ${basePort}`,
      url: `http://127.0.0.1:${basePort}${basePath}`,
      reuseExistingServer: !process.env.CI,
      cwd: '..',
    },
  ],
});
