/**
 * End-to-end tests against the production build served by `npm start`, on the system
 * Chromium. The phone project runs first: that is where shoppers are.
 */
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/lib/browser.ts';

// E2E_PORT lets a second checkout run its suite beside this one.
const port = Number(process.env.E2E_PORT ?? 4310);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.tmp/playwright-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '.tmp/playwright-report' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
  },
  projects: [
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 360, height: 780 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'nl-NL',
      },
    },
    {
      name: 'desktop',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 }, locale: 'nl-NL' },
    },
  ],
  webServer: {
    command: `PORT=${port} DATA_DIR=.tmp/e2e-data KASSA_TEST_PDOK=1 node scripts/test-server.ts`,
    url: `http://localhost:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
