import { test, expect, type Page } from './fixtures';

/** The phone's screen: the control panel beside it has lists and buttons of its own. */
const screen = (page: Page) => page.getByRole('main');

const CONFIRM = "If you delete this backup, you won't be able to restore it unless you back up again.";

test.describe('manage backups', () => {
  // Flows across screens with whole-page axe scans: 30 s is tight when the machine is busy.
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async ({ gotoScenario, phone }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await phone.expectPage('apps+settings');
  });

  test('shows the OneDrive use and that there is no backup yet', async ({ page, phone, axe }) => {
    await screen(page)
      .getByRole('link', { name: /^manage backups/ })
      .click();
    await phone.expectPage('manage backups');
    const use = screen(page).getByRole('checkbox', {
      name: /^Using \d[\d.]* (bytes|KB|MB|GB) \/ \d[\d.]* GB from OneDrive$/,
    });
    await expect(use).toBeChecked();
    await expect(use).toBeDisabled();
    await expect(screen(page).getByText("There's no backup of this phone yet.")).toBeVisible();
    await axe.expectNoA11yViolations();
  });

  test('a failing storage answer says so and can be retried', async ({ page, phone, emulator }) => {
    await emulator.injectFault({ kind: 'storage', error: 'server-error', times: 2 });
    await screen(page)
      .getByRole('link', { name: /^manage backups/ })
      .click();
    await phone.expectPage('manage backups');
    await expect(screen(page).getByRole('alert')).toContainText(
      "We couldn't find out how much of your OneDrive is in use.",
    );
    await screen(page).getByRole('button', { name: 'try again', exact: true }).click();
    await expect(screen(page).getByRole('checkbox', { name: /from OneDrive$/ })).toBeChecked();
  });

  test('deletes the backup after asking, and the phone has no backup again', async ({ page, phone, axe }) => {
    await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(screen(page).getByText(/^Lumia 930 · last backup /)).toBeVisible();
    await screen(page)
      .getByRole('link', { name: /^manage backups/ })
      .click();
    await phone.expectPage('manage backups');

    const backup = screen(page).getByRole('region', { name: 'Lumia 930' });
    await expect(backup.getByText(/^Lumia 930 · 11\/23\/2026 9:\d\d PM$/)).toBeVisible();
    const settings = backup.getByRole('checkbox', { name: 'settings backup' });
    const apps = backup.getByRole('checkbox', { name: 'app backup' });
    const remove = backup.getByRole('button', { name: 'delete', exact: true });
    await expect(remove).toBeDisabled();
    await settings.check();
    // App data cannot be restored without the settings: it is deleted with them.
    await expect(apps).toBeChecked();
    await expect(remove).toBeEnabled();
    await remove.click();
    const dialog = screen(page).getByRole('dialog');
    await expect(dialog).toContainText(CONFIRM);
    // The positive button comes first (on the left).
    await expect(dialog.getByRole('button')).toHaveText(['delete', 'cancel']);
    await axe.expectNoA11yViolations();
    await dialog.getByRole('button', { name: 'cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(backup).toBeVisible();

    await remove.click();
    await dialog.getByRole('button', { name: 'delete', exact: true }).click();
    await expect(screen(page).getByText("There's no backup of this phone yet.")).toBeVisible();

    await phone.back();
    await phone.expectPage('apps+settings');
    await expect(screen(page).getByText(/^Lumia 930 · /)).toHaveText('Lumia 930 · no backup yet');
  });

  test('deleting only the app backup keeps the settings backup', async ({ page, phone, axe }) => {
    await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(screen(page).getByText(/^Lumia 930 · last backup /)).toBeVisible();
    const line = await screen(page)
      .getByText(/^Lumia 930 · /)
      .textContent();
    await screen(page)
      .getByRole('link', { name: /^manage backups/ })
      .click();
    const backup = screen(page).getByRole('region', { name: 'Lumia 930' });
    await backup.getByRole('checkbox', { name: 'app backup' }).check();
    await axe.expectNoA11yViolations();
    await backup.getByRole('button', { name: 'delete', exact: true }).click();
    await screen(page).getByRole('dialog').getByRole('button', { name: 'delete', exact: true }).click();
    await expect(backup.getByRole('checkbox', { name: 'app backup' })).toBeDisabled();
    await expect(backup.getByRole('checkbox', { name: 'settings backup' })).toBeEnabled();
    await phone.back();
    await expect(screen(page).getByText(/^Lumia 930 · /)).toHaveText(line ?? '');
  });

  test('the warning spans the top of the phone screen wherever the page has scrolled', async ({ page }) => {
    // A window shorter than the phone and its panel: the page scrolls under the open warning.
    await page.setViewportSize({ width: 1280, height: 560 });
    await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(screen(page).getByText(/^Lumia 930 · last backup /)).toBeVisible();
    await screen(page)
      .getByRole('link', { name: /^manage backups/ })
      .click();
    const backup = screen(page).getByRole('region', { name: 'Lumia 930' });
    await backup.getByRole('checkbox', { name: 'app backup' }).check();
    await backup.getByRole('button', { name: 'delete', exact: true }).click();
    const dialog = screen(page).getByRole('dialog');
    const phoneScreen = page.locator('.phone-screen');
    for (const y of [120, 0]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await expect(page.evaluate(() => window.scrollY)).resolves.toBe(y);
      await expect
        .poll(async () => {
          const [a, b] = await Promise.all([dialog.boundingBox(), phoneScreen.boundingBox()]);
          return a && b ? [a.x, a.y, a.width].map((v, i) => Math.round(v - [b.x, b.y, b.width][i])) : null;
        })
        .toEqual([0, 0, 0]);
    }
    await dialog.getByRole('button', { name: 'cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
  });
});
