// Makes docs/screenshot.png, the README's picture: the whole emulator on a used phone's settings,
// from the production build in dist/ (`npm run screenshot` builds it first). Never run by `npm test`:
// the tests write no tracked file.
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));

const server = await preview({
  root: ROOT,
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
try {
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!base) throw new Error('vite preview reported no address');
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  await page.goto(`${base}/settings?scenario=used-phone`);
  await page.evaluate(() => window.phoneEmulator.ready());
  // The status bar stays at the scenario's 9:00 PM, so the picture is the same every time.
  await page.evaluate(() => window.phoneEmulator.clock.pause());
  // ready() has the first screen and the whole control panel on the page.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: OUT, fullPage: true, animations: 'disabled', caret: 'hide' });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
