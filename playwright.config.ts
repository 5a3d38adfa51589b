import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/**
 * End-to-end tests run against the production build (`vite build`, done by `npm run test:e2e`
 * before Playwright starts) served by `vite preview`. The browser is the system Chromium found by
 * scripts/chromium.mjs; Playwright cannot download its own here.
 *
 * To keep a second run apart from one already going in the same checkout (port, artifacts):
 *   E2E_PORT=4174 npx playwright test --output=/tmp/pw-results
 * and to test a build kept apart from dist/ (npx vite build --outDir /tmp/my-dist):
 *   E2E_DIST=/tmp/my-dist E2E_PORT=4174 npx playwright test --output=/tmp/pw-results
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: {
    timeout: 10_000,
    // Baselines of e2e/screenshots.spec.ts, committed beside the tests (one set per platform:
    // fonts render differently on each). Regenerate with --update-snapshots.
    toHaveScreenshot: { pathTemplate: '{testDir}/__screenshots__/{testFileName}/{arg}-{platform}{ext}' },
  },
  outputDir: 'test-results',
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    // Times and dates render the same on every machine (scenarios start at a fixed UTC time).
    locale: 'en-US',
    timezoneId: 'UTC',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
