import { test, expect, type Page } from './fixtures';
import { atStep, button, methods, setupUntilSignIn } from './setup-flow';

/**
 * Sign-in trouble during setup (SPEC section 4b, the article's comments 13-14): when sign-in
 * fails for any reason but a wrong password, setup says so and offers `try again` and
 * `sign in later`, which goes on as `skip` does; signing in later in email+accounts brings back
 * the texts and the theme only (SPEC section 4).
 */

const TROUBLE = "We couldn't sign you in right now.";

async function typeAndSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await button(page, 'sign in').click();
}

test.describe('sign-in trouble during setup', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a cloud error: try again signs in', async ({ page, gotoScenario, emulator, axe }) => {
    await gotoScenario('/', 'two-phones');
    await setupUntilSignIn(page, 'HomeNet');
    const account = await emulator.demoAccount();
    await emulator.injectFault({ kind: 'sign-in', error: 'server-error' });
    await typeAndSignIn(page, account.email, account.password);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(TROUBLE);
    await expect(page.getByRole('main').getByRole('button')).toHaveText(['try again', 'sign in later']);
    await axe.expectNoA11yViolations();
    await button(page, 'try again').click();
    await atStep(page, 'verify', 'verify', false);
  });

  test('a wrong password is not trouble: the cloud’s message, with sign in and skip', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'new-phone');
    await setupUntilSignIn(page, null);
    await typeAndSignIn(page, (await emulator.demoAccount()).email, 'not-the-password');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      "That Microsoft account doesn't exist, or the password is incorrect.",
    );
    await expect(button(page, 'skip')).toBeEnabled();
    await expect(button(page, 'sign in later')).toHaveCount(0);
  });

  test('the cloud does not answer: trouble once the phone gives up waiting', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'new-phone');
    await setupUntilSignIn(page, null);
    const account = await emulator.demoAccount();
    await emulator.injectFault({ kind: 'sign-in', error: 'timeout' });
    await typeAndSignIn(page, account.email, account.password);
    // The phone's own request timeout (8 s).
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(TROUBLE, { timeout: 15_000 });
    await expect(page.getByText(/The cloud took too long to answer\./)).toBeVisible();
  });

  test('while the code is sent: trouble too, and try again sends it', async ({
    page,
    gotoScenario,
    emulator,
    axe,
  }) => {
    await gotoScenario('/', 'new-phone');
    await setupUntilSignIn(page, null);
    const account = await emulator.demoAccount();
    await typeAndSignIn(page, account.email, account.password);
    await atStep(page, 'verify', 'verify', false);
    await emulator.injectFault({ kind: 'send-code', error: 'server-error' });
    await methods(page)
      .getByRole('radio', { name: /^Email / })
      .check();
    await button(page, 'send code').click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(TROUBLE);
    await expect(button(page, 'sign in later')).toBeVisible();
    await axe.expectNoA11yViolations();
    await button(page, 'try again').click();
    await expect(page.getByRole('textbox', { name: 'Code' })).toBeVisible();
  });

  test('offline: sign in later goes on as skip; signing in later brings back texts and the theme only', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'two-phones');
    await setupUntilSignIn(page, null);
    const account = await emulator.demoAccount();
    await emulator.setNetwork('offline');
    await typeAndSignIn(page, account.email, account.password);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(TROUBLE);
    await expect(page.getByText(/You're offline\./)).toBeVisible();
    await button(page, 'sign in later').click();

    // As `skip`: defaults, and nothing restored.
    await atStep(page, 'all done', 'done', false);
    await expect(page.getByText('Your phone is set up with default settings.')).toBeVisible();
    await expect(page.getByRole('region', { name: "What didn't come back" })).toContainText(
      'you skipped sign-in',
    );
    await button(page, 'done').click();
    await expect(page).toHaveURL((url) => url.pathname === '/start');
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'cyan');

    // Later, online again, in email+accounts.
    await emulator.setNetwork('wifi');
    await page.goto('/settings/email-accounts');
    await emulator.ready();
    const main = page.getByRole('main');
    await main.getByRole('button', { name: 'add a Microsoft account' }).click();
    await typeAndSignIn(page, account.email, account.password);
    await main
      .getByRole('radiogroup', { name: 'Send the code by' })
      .getByRole('radio', { name: /^Email / })
      .check();
    await button(page, 'send code').click();
    await main.getByRole('textbox', { name: 'Code' }).fill((await emulator.latestCode('email')) ?? '');
    await button(page, 'next').click();
    await expect(
      main.getByText(/^Brought back: text messages \(\d+\), theme and accent color\.$/),
    ).toBeVisible();
    await expect(
      main.getByText(/^Not brought back: apps and app data, accounts, Start layout/),
    ).toBeVisible();
    // The old phone's theme and accent (red), not its apps.
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'red');
  });
});
