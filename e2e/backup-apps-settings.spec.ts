import { test, expect, type Page } from './fixtures';

/** The phone's screen: the control panel beside it has lists and buttons of its own. */
const screen = (page: Page) => page.getByRole('main');

/** The emulated time as the phone writes it (SPEC: 11/23/2026 9:14 PM), UTC like the app. */
function phoneTime(epochMs: number): string {
  return new Intl.DateTimeFormat('en-US', {
    month: 'numeric',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
    timeZone: 'UTC',
  })
    .format(epochMs)
    .replace(',', '')
    .replace(/\u202f/g, ' ');
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The information line under the toggles: `Lumia 930 · last backup …` or `… · no backup yet`. */
const phoneLine = (page: Page) => screen(page).getByText(/^Lumia 930 · /);

/** Backs up with the button; the time shown is the emulated time of one of the minutes it took. */
async function backUpNow(page: Page, now: () => Promise<number>): Promise<void> {
  const before = await now();
  await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
  await expect(screen(page).getByRole('button', { name: 'back up now', exact: true })).toBeEnabled();
  const after = await now();
  const times = [...new Set([phoneTime(before), phoneTime(after)])].map(escape).join('|');
  await expect(phoneLine(page)).toHaveText(new RegExp(`^Lumia 930 · last backup (${times})$`));
}

test.describe('apps+settings', () => {
  // Flows across screens with whole-page axe scans: 30 s is tight when the machine is busy.
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async ({ gotoScenario, phone }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await phone.expectPage('apps+settings');
  });

  test('shows the toggles and the phone with no backup yet', async ({ page, axe }) => {
    await expect(screen(page).getByRole('switch', { name: 'Settings backup' })).toBeChecked();
    await expect(screen(page).getByRole('switch', { name: 'App backup' })).toBeChecked();
    await expect(phoneLine(page)).toHaveText('Lumia 930 · no backup yet');
    await axe.expectNoA11yViolations();
  });

  test('turning settings backup off turns app backup off and disables it', async ({ page }) => {
    const settings = screen(page).getByRole('switch', { name: 'Settings backup' });
    const apps = screen(page).getByRole('switch', { name: 'App backup' });
    await settings.click();
    await expect(settings).not.toBeChecked();
    await expect(apps).not.toBeChecked();
    await expect(apps).toBeDisabled();
    await expect(screen(page).getByRole('button', { name: 'back up now', exact: true })).toBeDisabled();
    await settings.click();
    await expect(apps).toBeEnabled();
  });

  test('back up now shows progress, then the new time and the apps left out', async ({ page, emulator }) => {
    // Slow the cloud a little so the progress bar can be seen.
    await emulator.setLatency(300);
    await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(screen(page).getByRole('progressbar', { name: 'backing up' })).toBeVisible();
    await expect(screen(page).getByRole('button', { name: 'back up now', exact: true })).toBeDisabled();
    await expect(screen(page).getByRole('progressbar', { name: 'backing up' })).toBeHidden();
    await expect(phoneLine(page)).toHaveText(/^Lumia 930 · last backup 11\/23\/2026 9:\d\d PM$/);
    await expect(
      screen(page).getByText(/^Not backed up \(over 100 MB\): .*Angry Birds Star Wars/),
    ).toBeVisible();
  });

  test('a failed commit shows the message and keeps the previous backup', async ({ page, emulator, axe }) => {
    await backUpNow(page, () => emulator.clock.now());
    const previous = await phoneLine(page).textContent();
    await emulator.injectFault({ kind: 'commit', error: 'server-error' });
    // A minute later, so a new backup would show a different time.
    await emulator.clock.advance(5 * 60_000);
    await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(screen(page).getByRole('alert')).toHaveText(
      'There was a problem backing up your settings. Try again later.',
    );
    await expect(phoneLine(page)).toHaveText(previous ?? '');
    await axe.expectNoA11yViolations();
    // The next try works again and clears the message.
    await backUpNow(page, () => emulator.clock.now());
    await expect(screen(page).getByRole('alert')).toHaveCount(0);
  });

  test('backs up by itself a day later on Wi-Fi and power', async ({ page, emulator }) => {
    await expect(phoneLine(page)).toHaveText('Lumia 930 · no backup yet');
    await emulator.clock.advance(24 * 3600 * 1000 + 60_000);
    // The scenario starts at 11/23/2026 9:00 PM: a day and a minute later.
    await expect(phoneLine(page)).toHaveText(/^Lumia 930 · last backup 11\/24\/2026 9:0\d PM$/);
  });

  test('does not back up by itself on battery', async ({ page, emulator }) => {
    await emulator.setPower('battery');
    await emulator.clock.advance(24 * 3600 * 1000 + 60_000);
    await expect(phoneLine(page)).toHaveText('Lumia 930 · no backup yet');
    // Plugged in again, the backup that was due happens.
    await emulator.setPower('plugged');
    await expect(phoneLine(page)).toHaveText(/^Lumia 930 · last backup 11\/24\/2026 9:\d\d PM$/);
  });

  test('an expired session says so and signing in again lets the backup through', async ({
    page,
    emulator,
    phone,
  }) => {
    // On battery nothing backs up by itself while the clock jumps past the session's two weeks.
    await emulator.setPower('battery');
    await emulator.clock.advance(15 * 24 * 3600 * 1000);
    await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(screen(page).getByRole('alert')).toHaveText(
      'There was a problem backing up your settings. Try again later.',
    );
    await expect(screen(page).getByText(/session has expired/)).toBeVisible();
    await screen(page).getByRole('link', { name: 'sign in again', exact: true }).click();
    await phone.expectPage('email+accounts');
    const account = await emulator.demoAccount();
    await expect(screen(page).getByRole('textbox', { name: 'Email address' })).toHaveValue(account.email);
    await screen(page).getByLabel('Password', { exact: true }).fill(account.password);
    await screen(page).getByRole('button', { name: 'sign in', exact: true }).click();
    await page
      .getByRole('radiogroup', { name: 'Send the code by' })
      .getByRole('radio', { name: /^Email / })
      .check();
    await screen(page).getByRole('button', { name: 'send code', exact: true }).click();
    await expect(screen(page).getByRole('textbox', { name: 'Code' })).toBeVisible();
    await screen(page)
      .getByRole('textbox', { name: 'Code' })
      .fill((await emulator.latestCode('email')) ?? '');
    await screen(page).getByRole('button', { name: 'next', exact: true }).click();
    await expect(screen(page).getByRole('button', { name: 'sign out', exact: true })).toBeVisible();

    await phone.back();
    await phone.expectPage('apps+settings');
    await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(phoneLine(page)).toHaveText(/^Lumia 930 · last backup 12\/8\/2026 9:\d\d PM$/);
  });

  test('manage backups opens the manage page', async ({ page, phone }) => {
    await screen(page)
      .getByRole('link', { name: /^manage backups/ })
      .click();
    await phone.expectPage('manage backups');
  });
});
