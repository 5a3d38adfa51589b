import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

/** Makes docs/screenshot.png, the picture in the README: the whole emulator on a used phone's settings. */
const SCREENSHOT = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));

test('README screenshot', async ({ page, gotoScenario, settings }) => {
  await gotoScenario('/settings', 'used-phone');
  await settings.expectShown();
  await expect(settings.item('backup')).toBeVisible();
  // Fonts and the status bar clock settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: SCREENSHOT, fullPage: true, animations: 'disabled', caret: 'hide' });
});
