import { test, expect, type Page } from './fixtures';

/** The phone's screen: the control panel beside it has lists and buttons of its own. */
const screen = (page: Page) => page.getByRole('main');

async function signOut(page: Page): Promise<void> {
  await screen(page).getByRole('button', { name: 'sign out', exact: true }).click();
  const dialog = screen(page).getByRole('dialog');
  await expect(dialog).toContainText('this phone stops backing up');
  await dialog.getByRole('button', { name: 'sign out', exact: true }).click();
  await expect(screen(page).getByRole('button', { name: 'add a Microsoft account' })).toBeVisible();
}

test.describe('email+accounts', () => {
  // Flows across screens with whole-page axe scans: 30 s is tight when the machine is busy.
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async ({ gotoScenario, phone }) => {
    await gotoScenario('/settings/email-accounts', 'used-phone');
    await phone.expectPage('email+accounts');
  });

  test('lists the accounts with the Microsoft account first', async ({ page, axe }) => {
    const accounts = screen(page).getByRole('list', { name: 'accounts' }).getByRole('listitem');
    await expect(accounts).toHaveCount(4);
    await expect(accounts.first()).toContainText('Microsoft account');
    await expect(accounts.first()).toContainText('demo@outlook.com');
    await expect(screen(page).getByRole('list', { name: 'accounts' })).toContainText('ana@contoso.com');
    await axe.expectNoA11yViolations();
  });

  test('sign out asks first; cancel keeps the account', async ({ page }) => {
    await screen(page).getByRole('button', { name: 'sign out', exact: true }).click();
    const dialog = screen(page).getByRole('dialog');
    await expect(dialog.getByRole('button')).toHaveText(['sign out', 'cancel']);
    await dialog.getByRole('button', { name: 'cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(screen(page).getByRole('list', { name: 'accounts' })).toContainText('demo@outlook.com');
  });

  test('signs out, then in again with the emailed code', async ({ page, emulator, axe, phone }) => {
    await signOut(page);
    await expect(screen(page).getByRole('list', { name: 'accounts' })).not.toContainText('demo@outlook.com');
    const account = await emulator.demoAccount();

    await screen(page).getByRole('button', { name: 'add a Microsoft account' }).click();
    await screen(page).getByRole('textbox', { name: 'Email address' }).fill(account.email);
    await screen(page).getByLabel('Password', { exact: true }).fill(account.password);
    await screen(page).getByRole('button', { name: 'sign in', exact: true }).click();

    await expect(screen(page).getByRole('heading', { name: 'Help us protect your info' })).toBeVisible();
    const methods = screen(page).getByRole('radiogroup', { name: 'Send the code by' });
    await expect(methods.getByRole('radio')).toHaveCount(3);
    await methods.getByRole('radio', { name: /^Email / }).check();
    await screen(page).getByRole('button', { name: 'send code', exact: true }).click();
    await expect(screen(page).getByRole('textbox', { name: 'Code' })).toBeVisible();
    await axe.expectNoA11yViolations();
    const code = await emulator.latestCode('email');
    expect(code).toBeTruthy();
    await screen(page)
      .getByRole('textbox', { name: 'Code' })
      .fill(code ?? '');
    await screen(page).getByRole('button', { name: 'next', exact: true }).click();

    await expect(screen(page).getByRole('button', { name: 'sign out', exact: true })).toBeVisible();
    await expect(
      screen(page).getByRole('list', { name: 'accounts' }).getByRole('listitem').first(),
    ).toContainText('demo@outlook.com');
    // Backup works with the new session.
    await page.goto('/settings/backup/apps-settings');
    await emulator.ready();
    await phone.expectPage('apps+settings');
    await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(screen(page).getByText(/^Lumia 930 · last backup /)).toBeVisible();
  });

  test('a wrong password and a wrong code show the cloud’s messages', async ({ page, emulator }) => {
    await signOut(page);
    const account = await emulator.demoAccount();
    await screen(page).getByRole('button', { name: 'add a Microsoft account' }).click();
    await screen(page).getByRole('textbox', { name: 'Email address' }).fill(account.email);
    await screen(page).getByLabel('Password', { exact: true }).fill('not-the-password');
    await screen(page).getByRole('button', { name: 'sign in', exact: true }).click();
    await expect(screen(page).getByRole('alert')).toHaveText(
      "That Microsoft account doesn't exist, or the password is incorrect.",
    );

    await screen(page).getByLabel('Password', { exact: true }).fill(account.password);
    await screen(page).getByRole('button', { name: 'sign in', exact: true }).click();
    await page
      .getByRole('radiogroup', { name: 'Send the code by' })
      .getByRole('radio', { name: /^Call / })
      .check();
    await screen(page).getByRole('button', { name: 'send code', exact: true }).click();
    await expect(screen(page).getByRole('textbox', { name: 'Code' })).toBeVisible();
    const code = await emulator.latestCode('call');
    const wrong = code === '000000' ? '111111' : '000000';
    await screen(page).getByRole('textbox', { name: 'Code' }).fill(wrong);
    await screen(page).getByRole('button', { name: 'next', exact: true }).click();
    await expect(screen(page).getByRole('alert')).toHaveText(
      "That code didn't work. Check the code and try again.",
    );

    // Ten minutes later the code has expired.
    await emulator.clock.advance(11 * 60_000);
    await screen(page)
      .getByRole('textbox', { name: 'Code' })
      .fill(code ?? '');
    await screen(page).getByRole('button', { name: 'next', exact: true }).click();
    // The sign-in ends with its code: a new code needs the password again.
    await expect(screen(page).getByRole('alert')).toHaveText(
      'That code has expired. Sign in again to get a new one.',
    );
    await screen(page).getByRole('button', { name: 'cancel', exact: true }).click();
    await screen(page).getByRole('button', { name: 'add a Microsoft account' }).click();
    await screen(page).getByRole('textbox', { name: 'Email address' }).fill(account.email);
    await screen(page).getByLabel('Password', { exact: true }).fill(account.password);
    await screen(page).getByRole('button', { name: 'sign in', exact: true }).click();
    await page
      .getByRole('radiogroup', { name: 'Send the code by' })
      .getByRole('radio', { name: /^Call / })
      .check();

    // Too many wrong codes lock the check.
    await screen(page).getByRole('button', { name: 'send code', exact: true }).click();
    for (let i = 0; i < 4; i++) {
      await screen(page).getByRole('textbox', { name: 'Code' }).fill(wrong);
      await screen(page).getByRole('button', { name: 'next', exact: true }).click();
      // The cloud answers each code before the next is typed: the button may not yet show the check.
      await emulator.ready();
      await expect(screen(page).getByRole('button', { name: 'next', exact: true })).toBeEnabled();
    }
    await expect(screen(page).getByRole('alert')).toHaveText(
      /^Too many wrong codes\. Try again in \d+ minutes\.$/,
    );
  });

  test('cancel leaves the sign-in without signing in', async ({ page, axe }) => {
    await signOut(page);
    await screen(page).getByRole('button', { name: 'add a Microsoft account' }).click();
    await expect(screen(page).getByRole('textbox', { name: 'Email address' })).toBeVisible();
    await axe.expectNoA11yViolations();
    await screen(page).getByRole('button', { name: 'cancel', exact: true }).click();
    await expect(screen(page).getByRole('button', { name: 'add a Microsoft account' })).toBeVisible();
  });
});
