import { test, expect } from './fixtures';
import { atStep, button, setupUntilSignIn, signIn, verifyBy } from './setup-flow';

/**
 * Why no backup shows (SPEC section 4b, the article's comments 1 and 6): under `We couldn't find
 * any backups for this account.` setup names the account that is signed in, says backups belong
 * to the account that made them, and offers another account or a new phone.
 */
test.describe('no backup found', () => {
  test.describe.configure({ timeout: 90_000 });

  test('names the account; sign in with a different account goes back to sign in, signed out', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'new-phone');
    await setupUntilSignIn(page, 'HomeNet');
    await signIn(page, emulator);
    await verifyBy(page, emulator, 'Email');
    const main = page.getByRole('main');
    await expect(
      main.getByText("We couldn't find any backups for this account.", { exact: true }),
    ).toBeVisible();
    await expect(main.getByText("You're signed in as demo@outlook.com.")).toBeVisible();
    await expect(main.getByText(/^Backups belong to the Microsoft account that made them\./)).toBeVisible();
    await expect(main.getByRole('button')).toHaveText([
      'sign in with a different account',
      'set up as a new phone',
    ]);
    await atStep(page, 'restore', 'backups'); // with its axe scan

    await button(page, 'sign in with a different account').click();
    await atStep(page, 'sign in', 'sign-in', false);
    await expect(page.getByRole('textbox', { name: 'Email address' })).toHaveValue('');
    // Signed out: the backups step is no longer reachable by URL.
    await page.goto('/setup/backups');
    await atStep(page, 'sign in', 'sign-in', false);

    // The same account again, then a new phone.
    await signIn(page, emulator);
    await verifyBy(page, emulator, 'Call');
    await button(page, 'set up as a new phone').click();
    await atStep(page, 'all done', 'done', false);
  });
});
