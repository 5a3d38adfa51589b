import { test, expect, type Page } from './fixtures';

/** The phone's screen: the control panel beside it has lists and buttons of its own. */
const screen = (page: Page) => page.getByRole('main');

/**
 * The phone as saved in the browser (IndexedDB). Tests wait until a change is saved before they
 * reload, so the reload cannot outrun the write; the UI is still what they drive and check.
 */
async function savedPhone(
  page: Page,
): Promise<{ backup: Record<string, unknown>; microsoftAccount: unknown } | null> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('wp-phone');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('keyval').objectStore('keyval').get('device');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            const state = get.result?.state;
            db.close();
            resolve(state ? state.phones[state.activePhoneId] : null);
          };
        };
      }),
  );
}

test.describe('backup', () => {
  // Flows across screens with whole-page axe scans: 30 s is tight when the machine is busy.
  test.describe.configure({ timeout: 90_000 });

  test('lists the three kinds of backup with their state', async ({
    page,
    gotoScenario,
    settings,
    phone,
    axe,
  }) => {
    await gotoScenario('/settings', 'used-phone');
    await settings.open('backup');
    await expect(screen(page).getByRole('link', { name: /^apps\+settings/ })).toContainText('backup on');
    await expect(screen(page).getByRole('link', { name: /^text messages/ })).toContainText('backup on');
    await expect(screen(page).getByRole('link', { name: /^photos\+videos/ })).toContainText("don't upload");
    await axe.expectNoA11yViolations();
    await screen(page)
      .getByRole('link', { name: /^apps\+settings/ })
      .click();
    await phone.expectPage('apps+settings');
  });

  test('text messages and photos+videos choices are kept after a reload', async ({
    page,
    gotoScenario,
    phone,
  }) => {
    await gotoScenario('/settings/backup/text-messages', 'used-phone');
    await phone.expectPage('text messages');
    const toggle = screen(page).getByRole('switch', { name: 'Text message backup' });
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect.poll(async () => (await savedPhone(page))?.backup.textBackup).toBe(false);

    await page.goto('/settings/backup/photos-videos');
    await phone.expectPage('photos+videos');
    const photos = screen(page).getByRole('radiogroup', { name: 'Photos' });
    const videos = screen(page).getByRole('radiogroup', { name: 'Videos' });
    await expect(photos.getByRole('radio', { name: "don't upload" })).toBeChecked();
    await photos.getByRole('radio', { name: 'good quality' }).check();
    await videos.getByRole('radio', { name: 'best quality' }).check();
    // On Wi-Fi everything goes up to OneDrive's camera roll.
    await expect(screen(page).getByRole('status')).toHaveText('All photos and videos are on OneDrive.');

    await expect
      .poll(async () => (await savedPhone(page))?.backup)
      .toMatchObject({ textBackup: false, photos: 'good', videos: 'best' });
    await page.reload();
    await phone.expectPage('photos+videos');
    await expect(photos.getByRole('radio', { name: 'good quality' })).toBeChecked();
    await expect(videos.getByRole('radio', { name: 'best quality' })).toBeChecked();
    await page.goto('/settings/backup');
    await expect(screen(page).getByRole('link', { name: /^text messages/ })).toContainText('backup off');
    await expect(screen(page).getByRole('link', { name: /^photos\+videos/ })).toContainText('good quality');
  });

  test('best quality waits for Wi-Fi', async ({ page, gotoScenario, phone, emulator, axe }) => {
    await gotoScenario('/settings/backup/photos-videos', 'used-phone');
    await phone.expectPage('photos+videos');
    await axe.expectNoA11yViolations();
    await emulator.setNetwork('cellular');
    const photos = screen(page).getByRole('radiogroup', { name: 'Photos' });
    await photos.getByRole('radio', { name: 'best quality' }).check();
    await expect(screen(page).getByRole('status')).toHaveText(
      /^\d+ photos and videos not on OneDrive yet\.$/,
    );
    const waiting = await screen(page).getByRole('status').textContent();
    await emulator.setNetwork('wifi');
    // Videos stay off, so only they are left.
    await expect(screen(page).getByRole('status')).not.toHaveText(waiting ?? '');
    await expect(screen(page).getByRole('status')).toHaveText(
      /^\d photos? (and videos|or video) not on OneDrive yet\.$/,
    );
  });

  test('turning text message backup on backs them up at once', async ({
    page,
    gotoScenario,
    phone,
    emulator,
    axe,
  }) => {
    await gotoScenario('/settings/backup/text-messages', 'used-phone');
    await phone.expectPage('text messages');
    await axe.expectNoA11yViolations();
    const toggle = screen(page).getByRole('switch', { name: 'Text message backup' });
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await emulator.clock.advance(2 * 3600 * 1000);
    await toggle.click();
    await expect(toggle).toBeChecked();
    await expect(screen(page).getByText(/^Last backed up 11\/23\/2026 11:\d\d PM$/)).toBeVisible();
  });

  test('without a Microsoft account every backup page asks to sign in first', async ({
    page,
    gotoScenario,
    phone,
    axe,
  }) => {
    await gotoScenario('/settings/email-accounts', 'used-phone');
    await screen(page).getByRole('button', { name: 'sign out', exact: true }).click();
    await screen(page).getByRole('dialog').getByRole('button', { name: 'sign out', exact: true }).click();
    await expect(screen(page).getByRole('button', { name: 'add a Microsoft account' })).toBeVisible();
    await expect.poll(async () => (await savedPhone(page))?.microsoftAccount).toBeNull();

    const prompt = screen(page).getByText('Sign in with a Microsoft account to back up your phone.');
    await page.goto('/settings/backup');
    await phone.expectPage('backup');
    await expect(prompt).toBeVisible();
    await axe.expectNoA11yViolations();
    // Each entry's page asks too (opened from the list, as a user would).
    for (const entry of ['apps+settings', 'text messages', 'photos+videos']) {
      await screen(page)
        .getByRole('link', { name: new RegExp(`^${entry.replace('+', '\\+')}`) })
        .click();
      await phone.expectPage(entry);
      await expect(prompt).toBeVisible();
      await phone.back();
      await phone.expectPage('backup');
    }
    await page.goto('/settings/backup/apps-settings/manage');
    await phone.expectPage('manage backups');
    await expect(prompt).toBeVisible();
    await axe.expectNoA11yViolations();
    await screen(page).getByRole('link', { name: 'sign in', exact: true }).click();
    await phone.expectPage('email+accounts');
    await expect(screen(page).getByRole('textbox', { name: 'Email address' })).toBeVisible();
  });
});
