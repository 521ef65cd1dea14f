import { defineConfig, devices } from '@playwright/test';
import base from './playwright.config';

/**
 * The specs that need `astro dev` rather than the built site (`tests/dev/`): each starts its own dev
 * server on a copy of the project, on DOSSIER_TEST_PORT + 3 (the main suite keeps the ports before it),
 * so they neither touch the real articles nor slow the main suite's servers.
 */
export default defineConfig({
  testDir: 'dev',
  outputDir: '../test-results/dev',
  forbidOnly: true,
  timeout: 300_000,
  workers: 1,
  reporter: process.env.CI ? 'line' : 'list',
  use: { ...devices['Desktop Chrome'], ...(base.use?.launchOptions ? { launchOptions: base.use.launchOptions } : {}) },
});
