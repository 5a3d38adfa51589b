import { test, expect } from './fixtures';

test.describe('boot', () => {
  test('a new phone boots into setup', async ({ page, gotoScenario }) => {
    await gotoScenario('/', 'new-phone');
    await expect(page).toHaveURL((url) => url.pathname === '/setup' || url.pathname.startsWith('/setup/'));
    // The app removes ?scenario= from the address bar, so a reload keeps the user's state.
    await expect(page).toHaveURL((url) => !url.searchParams.has('scenario'));
  });

  test('a used phone opens the settings list', async ({ page, gotoScenario, settings, phone }) => {
    await gotoScenario('/settings', 'used-phone');
    await settings.expectShown();
    await expect(settings.item('backup')).toBeVisible();
    expect(phone.path()).toBe('/settings');
    await expect(page).toHaveURL((url) => !url.searchParams.has('scenario'));
  });
});
