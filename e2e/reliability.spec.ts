/**
 * Issue #6 in the browser: fault 15 (the MSW worker cannot start) and hostile input 1 (markup in
 * the phone name). The engine-level cases are in src/reliability/*.test.ts(x); see docs/reliability.md.
 */
import { test, expect, gotoScenario } from './fixtures';

test.describe('fault 15: the cloud worker cannot start', () => {
  test.use({ serviceWorkers: 'block' });

  test('the phone boots, says the cloud is unreachable, and settings still work', async ({
    page,
    settings,
  }) => {
    // Not gotoScenario: it waits for the cloud, which never comes here.
    await page.goto('/settings?scenario=used-phone');
    await settings.expectShown();
    await expect(page.getByRole('alert').filter({ hasText: /couldn't start/ })).toBeVisible();
    await settings.open('about');
    await expect(page.getByRole('button', { name: 'edit name' })).toBeVisible();
  });
});

test.describe('code that cannot load', () => {
  const ABOUT_CHUNK = /\/assets\/about-[\w-]+\.js$/;
  const WEBSITE_CHUNK = /\/assets\/web-device-backups-[\w-]+\.js$/;

  test('a phone screen shows what happened inside the phone; the panel stays; try again loads it', async ({
    page,
    settings,
    emulator,
    pageErrors,
    axe,
  }) => {
    pageErrors.expect(/^console\.error at .*\/assets\/about-[\w-]+\.js: Failed to load resource/);
    await gotoScenario(page, '/settings', 'used-phone');
    // The context's route: the cloud's service worker fetches the app's files for the page.
    await page.context().route(ABOUT_CHUNK, (route) => route.abort('failed'));
    await settings.item('about').click();
    const phone = page.getByRole('main');
    await expect(phone.getByRole('heading', { name: 'something went wrong' })).toBeVisible();
    await expect(phone.getByRole('alert')).toHaveText(
      "This screen couldn't be shown. Try again, or go back to start.",
    );
    await expect(page.getByRole('complementary', { name: 'control panel' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'hardware keys' })).toBeVisible();
    await emulator.ready();
    await axe.expectNoA11yViolations();
    await page.context().unroute(ABOUT_CHUNK);
    await phone.getByRole('link', { name: 'try again' }).click();
    await expect(page.getByRole('button', { name: 'edit name' })).toBeVisible();
    await expect(page).toHaveURL((url) => url.pathname === '/settings/about');
  });

  test('the account website replaces the page with what happened, and ready() still resolves', async ({
    page,
    panel,
    emulator,
    pageErrors,
    axe,
  }) => {
    pageErrors.expect(
      /^console\.error at .*\/assets\/web-device-backups-[\w-]+\.js: Failed to load resource/,
    );
    await gotoScenario(page, '/start', 'used-phone');
    await page.context().route(WEBSITE_CHUNK, (route) => route.abort('failed'));
    await panel.websiteSwitch.getByRole('link', { name: 'account website', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'something went wrong' })).toBeVisible();
    // Nothing of the layout is left to show the router's location: ready() must not wait for it.
    await emulator.ready();
    await axe.expectNoA11yViolations();
    await page.context().unroute(WEBSITE_CHUNK);
    await page.getByRole('link', { name: 'go to start' }).click();
    await expect(page.getByRole('navigation', { name: 'tiles' })).toBeVisible();
  });
});

test.describe('hostile 1: markup in the phone name', () => {
  test('is saved and shown as text, never as markup', async ({ page, emulator }) => {
    // Within the 40-character limit, so it is saved, not refused.
    const markup = '<img src=x onerror=window.__pwned=1>';
    await gotoScenario(page, '/settings/about', 'used-phone');
    await page.getByRole('button', { name: 'edit name' }).click();
    await page.getByRole('textbox', { name: 'Phone name' }).fill(markup);
    await page.getByRole('button', { name: 'save' }).click();
    await expect(page.locator('main').getByText(markup, { exact: true })).toBeVisible();
    expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // And after a reload, from what was saved.
    await emulator.reload();
    await expect(page.locator('main').getByText(markup, { exact: true })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test.describe('two tabs', () => {
  test.describe.configure({ timeout: 90_000 });

  test('back up at once: one backup runs, the other tab is told, and both then show the result', async ({
    page,
    context,
    gotoScenario,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    const second = await context.newPage();
    await second.goto('/settings/backup/apps-settings');
    await second.evaluate(() => window.phoneEmulator.ready());
    // A slow cloud in the first tab keeps its backup running while the second tab tries.
    await page.evaluate(() => window.phoneEmulator.setLatency(1500));
    const main1 = page.getByRole('main');
    const main2 = second.getByRole('main');
    await main1.getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(main1.getByRole('progressbar')).toBeVisible();
    await main2.getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(main2.getByRole('alert')).toHaveText('A backup is already running on this phone.');
    await expect(main1.getByText(/^Lumia 930 · last backup /)).toBeVisible({ timeout: 30_000 });
    // The second tab sees the first tab's result without a reload.
    await expect(main2.getByText(/^Lumia 930 · last backup /)).toBeVisible({ timeout: 30_000 });
  });
});
