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

  test('a heavy phone loaded by URL is saved, phone and cloud, once ready() has resolved', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/start', 'heavy-phone');
    // Straight after ready(): a reload must read the whole scenario back from storage.
    await page.reload();
    await emulator.ready();
    const state = JSON.parse(await emulator.exportState()) as {
      phones: { activePhoneId: string; phones: Record<string, { messages: unknown[] }> };
      cloud: Record<string, unknown>;
    };
    const deviceId = state.phones.activePhoneId;
    expect(state.phones.phones[deviceId]?.messages).toHaveLength(10_000);
    const history = state.cloud[`messages:${deviceId}`] as { messages: unknown[] } | undefined;
    expect(history?.messages).toHaveLength(10_000);
  });
});
