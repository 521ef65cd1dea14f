import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/**
 * The site is built and served by nginx twice, at the root and under a base path, on loopback
 * ports from DOSSIER_TEST_PORT on; every spec runs against both (tests/support/serve.ts).
 */
const firstPort = Number(process.env.DOSSIER_TEST_PORT ?? 8610);
const servers = ['/', '/news/dossier/'].map((base, index) => ({ base, port: firstPort + index, fixture: undefined as string | undefined }));
/**
 * The story fixture (tests/fixtures/story, three English articles on one registry) with its articles in French,
 * Ukrainian and Arabic (tests/fixtures/story-languages), for the walk across articles and right-to-left reading.
 */
const story = { base: '/', port: firstPort + 2, fixture: 'story,story-languages' };
const address = ({ base, port }: (typeof servers)[number]) => `http://127.0.0.1:${port}${base}`;

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
  // A page's test runs axe twice; the full text is long, and CI shares two cores.
  timeout: 120_000,
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    launchOptions: browserLaunch(),
  },
  projects: [
    ...servers.map((server, index) => ({
      name: `nginx ${server.base}`,
      use: { ...devices['Desktop Chrome'], baseURL: address(server) },
      testIgnore: /story/,
      // Under the base path, one page of each route is enough for the per-page checks (tests/e2e/pages.ts).
      ...(index > 0 ? { grepInvert: /@every-page/ } : {}),
    })),
    {
      name: 'no JavaScript',
      use: { ...devices['Desktop Chrome'], baseURL: address(servers[0]!), javaScriptEnabled: false },
      testMatch: /journey/,
    },
    ...[true, false].map((javaScriptEnabled) => ({
      name: `story${javaScriptEnabled ? '' : ', no JavaScript'}`,
      use: { ...devices['Desktop Chrome'], baseURL: address(story), javaScriptEnabled },
      testMatch: /story/,
      // axe runs in the page: without JavaScript, only the walk itself.
      ...(javaScriptEnabled ? {} : { grep: /follows a question/ }),
    })),
  ],
  webServer: [...servers, story].map((server) => ({
    command: `node tests/support/serve.ts --port ${server.port} --base ${server.base}${server.fixture ? ` --fixture ${server.fixture}` : ''}`,
    url: address(server),
    cwd: '..',
    reuseExistingServer: false,
    timeout: 300_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  })),
});
