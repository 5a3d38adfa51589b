import { test, expect, type Page } from './fixtures';

const main = (page: Page) => page.getByRole('main');

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'sign out', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('this phone stops backing up');
  await dialog.getByRole('button', { name: 'sign out', exact: true }).click();
  await expect(page.getByRole('button', { name: 'add a Microsoft account' })).toBeVisible();
}

test.describe('email+accounts', () => {
  test.beforeEach(async ({ gotoScenario, phone }) => {
    await gotoScenario('/settings/email-accounts', 'used-phone');
    await phone.expectPage('email+accounts');
  });

  test('lists the accounts with the Microsoft account first', async ({ page, axe }) => {
    const accounts = page.getByRole('list', { name: 'accounts' }).getByRole('listitem');
    await expect(accounts).toHaveCount(4);
    await expect(accounts.first()).toContainText('Microsoft account');
    await expect(accounts.first()).toContainText('demo@outlook.com');
    await expect(page.getByRole('list', { name: 'accounts' })).toContainText('ana@contoso.com');
    await axe.expectNoA11yViolations();
  });

  test('sign out asks first; cancel keeps the account', async ({ page }) => {
    await page.getByRole('button', { name: 'sign out', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button')).toHaveText(['sign out', 'cancel']);
    await dialog.getByRole('button', { name: 'cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('list', { name: 'accounts' })).toContainText('demo@outlook.com');
  });

  test('signs out, then in again with the emailed code', async ({ page, emulator, axe, phone }) => {
    await signOut(page);
    await expect(page.getByRole('list', { name: 'accounts' })).not.toContainText('demo@outlook.com');
    const account = await emulator.demoAccount();

    await page.getByRole('button', { name: 'add a Microsoft account' }).click();
    await page.getByRole('textbox', { name: 'Email address' }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await axe.expectNoA11yViolations();
    await page.getByRole('button', { name: 'sign in', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Help us protect your info' })).toBeVisible();
    const methods = page.getByRole('radiogroup', { name: 'Send the code by' });
    await expect(methods.getByRole('radio')).toHaveCount(3);
    await methods.getByRole('radio', { name: /^Email / }).check();
    await page.getByRole('button', { name: 'send code', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Code' })).toBeVisible();
    await axe.expectNoA11yViolations();
    const code = await emulator.latestCode('email');
    expect(code).toBeTruthy();
    await page.getByRole('textbox', { name: 'Code' }).fill(code ?? '');
    await page.getByRole('button', { name: 'next', exact: true }).click();

    await expect(page.getByRole('button', { name: 'sign out', exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'accounts' }).getByRole('listitem').first()).toContainText('demo@outlook.com');
    // Backup works with the new session.
    await page.goto('/settings/backup/apps-settings');
    await phone.expectPage('apps+settings');
    await page.getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(page.getByText(/^Lumia 930 · last backup /)).toBeVisible();
  });

  test('a wrong password and a wrong code show the cloud’s messages', async ({ page, emulator }) => {
    await signOut(page);
    const account = await emulator.demoAccount();
    await page.getByRole('button', { name: 'add a Microsoft account' }).click();
    await page.getByRole('textbox', { name: 'Email address' }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'sign in', exact: true }).click();
    await expect(main(page).getByRole('alert')).toHaveText("That Microsoft account doesn't exist, or the password is incorrect.");

    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'sign in', exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Send the code by' }).getByRole('radio', { name: /^Call / }).check();
    await page.getByRole('button', { name: 'send code', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Code' })).toBeVisible();
    const code = await emulator.latestCode('call');
    const wrong = code === '000000' ? '111111' : '000000';
    await page.getByRole('textbox', { name: 'Code' }).fill(wrong);
    await page.getByRole('button', { name: 'next', exact: true }).click();
    await expect(main(page).getByRole('alert')).toHaveText("That code didn't work. Check the code and try again.");

    // Ten minutes later the code has expired.
    await emulator.clock.advance(11 * 60_000);
    await page.getByRole('textbox', { name: 'Code' }).fill(code ?? '');
    await page.getByRole('button', { name: 'next', exact: true }).click();
    await expect(main(page).getByRole('alert')).toHaveText('That code has expired. Ask for a new one.');

    // Too many wrong codes lock the check.
    await page.getByRole('button', { name: 'send code', exact: true }).click();
    for (let i = 0; i < 4; i++) {
      await page.getByRole('textbox', { name: 'Code' }).fill(wrong);
      await page.getByRole('button', { name: 'next', exact: true }).click();
      await expect(page.getByRole('button', { name: 'next', exact: true })).toBeEnabled();
    }
    await expect(main(page).getByRole('alert')).toHaveText(/^Too many wrong codes\. Try again in \d+ minutes\.$/);
  });

  test('cancel leaves the sign-in without signing in', async ({ page }) => {
    await signOut(page);
    await page.getByRole('button', { name: 'add a Microsoft account' }).click();
    await page.getByRole('button', { name: 'cancel', exact: true }).click();
    await expect(page.getByRole('button', { name: 'add a Microsoft account' })).toBeVisible();
  });
});
