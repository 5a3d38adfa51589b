import { test, expect, type Page } from './fixtures';
import { DELETE_WARNING, LIST_FAILED, WebsitePage } from './pages/website';
import { atStep, setupUntilSignIn, signIn, verifyBy } from './setup-flow';

/**
 * The account website (SPEC section 4b, the article's comment 2): OneDrive's Device backups in a
 * desktop browser drawn where the phone stands, with a sign-in of its own, over the same REST API
 * as the phone.
 */

/** The phone's screen (absent while the website shows). */
const screen = (page: Page) => page.getByRole('main');

test.describe('the account website', () => {
  // Sign-ins with codes, screens of both devices and axe scans.
  test.describe.configure({ timeout: 90_000 });

  test('signs in on its own and lists each phone with a backup and the storage use; the phone waits where it was', async ({
    page,
    gotoScenario,
    emulator,
    panel,
    website,
    axe,
  }) => {
    await gotoScenario('/', 'two-phones');
    await atStep(page, 'language', 'language', false);
    await panel.openWebsite();
    await expect(page).toHaveURL((url) => url.pathname === '/web/device-backups');
    await expect(website.window.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
    await axe.expectNoA11yViolations();

    // The identity check, as the cloud asks of every new session.
    const account = await emulator.demoAccount();
    await website.email.fill(account.email);
    await website.password.fill(account.password);
    await website.button('sign in').click();
    await expect(website.methods.getByRole('radio')).toHaveCount(3);
    await website.methods.getByRole('radio', { name: /^Call / }).check();
    await website.button('send code').click();
    await expect(website.code).toBeVisible();
    await axe.expectNoA11yViolations();
    await website.code.fill((await emulator.latestCode('call')) ?? '');
    await website.button('next').click();
    await expect(website.heading).toBeVisible();

    const row = website.row('Lumia 920');
    await expect(row.getByRole('cell')).toHaveText([
      'Lumia 920',
      '11/23/2026 7:00 PM',
      /^\d[\d.]* (KB|MB)$/,
      'delete',
    ]);
    await expect(website.table.getByRole('row')).toHaveCount(2); // the header and the one phone with a backup
    await expect(website.window.getByText(/^Using \d[\d.]* (KB|MB) of 28 GB$/)).toBeVisible();
    await expect(website.window.getByText('demo@outlook.com')).toBeVisible();
    await axe.expectNoA11yViolations();

    // One click back: the phone is where it was, still in setup, and not signed in by the website.
    await panel.backToPhone();
    await atStep(page, 'language', 'language', false);
    expect((await emulator.phones()).find((p) => p.active)?.setUp).toBe(false);
    // And one click there again: the website is still signed in.
    await panel.openWebsite();
    await expect(website.row('Lumia 920')).toBeVisible();
  });

  test('delete asks with the phone’s warning; the backup goes at once from the phone’s manage backups', async ({
    page,
    gotoScenario,
    emulator,
    panel,
    phone,
    website,
    axe,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(screen(page).getByText(/^Lumia 930 · last backup /)).toBeVisible();
    await screen(page)
      .getByRole('link', { name: /^manage backups/ })
      .click();
    await expect(screen(page).getByRole('region', { name: 'Lumia 930' })).toBeVisible();

    await panel.openWebsite();
    await website.signIn(emulator);
    await website.button('delete', website.row('Lumia 930')).click();
    await expect(website.dialog).toBeVisible();
    await expect(website.dialog).toContainText(DELETE_WARNING);
    await expect(website.dialog.getByRole('button')).toHaveText(['delete', 'cancel']);
    await axe.expectNoA11yViolations();
    await website.button('cancel', website.dialog).click();
    await expect(website.dialog).toBeHidden();
    await expect(website.row('Lumia 930')).toBeVisible();

    await website.deleteBackup('Lumia 930');
    await expect(website.window.getByRole('status')).toHaveText('The backup of Lumia 930 was deleted.');
    await expect(website.window.getByText('There are no device backups on this account.')).toBeVisible();

    // Back on the phone's manage backups, where it was: the backup has gone.
    await panel.backToPhone();
    await phone.expectPage('manage backups');
    await expect(screen(page).getByText("There's no backup of this phone yet.")).toBeVisible();
  });

  test('a failed list says "Sorry, an error has occurred." with try again; offline too', async ({
    page,
    gotoScenario,
    emulator,
    website,
    axe,
  }) => {
    await gotoScenario('/web/device-backups', 'two-phones');
    await emulator.injectFault({ kind: 'list-backups', error: 'server-error' });
    await website.signIn(emulator);
    await expect(website.window.getByRole('alert')).toHaveText(LIST_FAILED);
    await axe.expectNoA11yViolations();
    await website.button('try again').click();
    await expect(website.row('Lumia 920')).toBeVisible();

    // A reload keeps the website's sign-in; offline, the list fails the same way.
    await emulator.setNetwork('offline');
    await page.reload();
    await emulator.ready();
    await expect(website.window.getByRole('alert')).toHaveText(LIST_FAILED);
    await expect(website.table).toHaveCount(0);
    await website.button('try again').click();
    await expect(website.window.getByRole('alert')).toHaveText(LIST_FAILED);
    await emulator.setNetwork('wifi');
    await website.button('try again').click();
    await expect(website.row('Lumia 920')).toBeVisible();
  });

  test('sign out ends the website’s session only; a password reset ends it too', async ({
    page,
    gotoScenario,
    emulator,
    website,
  }) => {
    await gotoScenario('/web/device-backups', 'used-phone');
    await website.signIn(emulator);
    await website.button('sign out').click();
    await expect(website.window.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
    // The phone is still signed in.
    await page.goto('/settings/email-accounts');
    await expect(screen(page).getByRole('button', { name: 'sign out', exact: true })).toBeVisible();

    await page.goto('/web/device-backups');
    await emulator.ready();
    // By call: the first sign-in's code is the newest email.
    await website.signIn(emulator, 'Call');
    // A new password elsewhere ends every session of the account.
    await page.evaluate(async () => {
      const post = (path: string, body: unknown) =>
        fetch(path, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'Content-Type': 'application/json' },
        });
      const reset = await (await post('/api/auth/password-reset', { email: 'demo@outlook.com' })).json();
      await post('/api/auth/password-reset/code', { resetId: reset.resetId, method: 'email' });
      const [sent] = await window.phoneEmulator.inbox();
      await post('/api/auth/password-reset/verify', { resetId: reset.resetId, code: sent!.code });
      await post('/api/auth/password-reset/complete', { resetId: reset.resetId, newPassword: 'Windows-8.1' });
    });
    await page.reload();
    await emulator.ready();
    await expect(website.window.getByRole('status')).toHaveText('Your session has ended. Sign in again.');
  });
});

test.describe('the account website and the phone in two tabs', () => {
  test.describe.configure({ timeout: 90_000 });

  test("a delete on the website shows at once in the other tab's setup list", async ({
    page,
    context,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'two-phones');
    await setupUntilSignIn(page, null);
    await signIn(page, emulator);
    await verifyBy(page, emulator, 'Email');
    await expect(
      page.getByRole('list', { name: 'backups' }).getByRole('button', { name: /^Lumia 920/ }),
    ).toBeVisible();

    const pc = await context.newPage();
    await pc.goto('/web/device-backups');
    await pc.evaluate(() => window.phoneEmulator.ready());
    const website = new WebsitePage(pc);
    // By call: the phone's code is the newest email.
    await website.signIn(emulator, 'Call');
    await website.deleteBackup('Lumia 920');

    // The phone's tab learns of it from the cloud, with no reload.
    await expect(
      page.getByText("We couldn't find any backups for this account.", { exact: true }),
    ).toBeVisible();
    await expect(page.getByText(/You're signed in as demo@outlook\.com\./)).toBeVisible();
  });
});
