import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { atStep, button, restoreBackup, setupUntilSignIn, signIn, verifyBy } from './setup-flow';

/** A Start tile: a link while it leads somewhere (a placeholder leads to store downloads), else a button. */
function tile(page: Page, name: string) {
  const tiles = page.getByRole('navigation', { name: 'tiles' });
  const named = { name: new RegExp(`^${name}`) };
  return tiles.getByRole('link', named).or(tiles.getByRole('button', named));
}

/** The passwords step, then `done` with its summary, then Start. */
async function finishAfterRestore(page: Page, scan = false): Promise<void> {
  await atStep(page, 'accounts', 'passwords', scan);
  await expect(
    page.getByRole('heading', { name: 'Enter passwords for your restored accounts' }),
  ).toBeVisible();
  await button(page, 'next').click();
  await atStep(page, 'all done', 'done', scan);
  await expect(page.getByRole('region', { name: 'What came back' })).toContainText('theme and accent color');
  await expect(page.getByRole('region', { name: "What didn't come back" })).toContainText('Wi-Fi networks');
  await button(page, 'done').click();
  await expect(page).toHaveURL((url) => url.pathname === '/start');
}

test.describe('restore', () => {
  // Whole setups with an axe scan at every step: longer than the default 30 s on a loaded machine.
  test.slow();

  test('the whole demo: back up, change the accent, reset, restore, and the apps come back over Wi-Fi', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    test.setTimeout(180_000);
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await button(page, 'back up now').click();
    await expect(page.getByText(/^Lumia 930 · last backup /)).toBeVisible();

    await page.goto('/settings/theme');
    // The accent picker shows swatches; the radio itself is visually hidden behind its label.
    await page
      .getByRole('radiogroup', { name: 'Accent color' })
      .getByRole('radio', { name: 'red', exact: true })
      .check();
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'red');

    await page.goto('/settings/about');
    await emulator.ready();
    await button(page, 'reset your phone').click();
    await page.getByRole('dialog').getByRole('button', { name: 'yes', exact: true }).click();
    await expect(page.getByRole('dialog')).toContainText('This will erase everything');
    await page.getByRole('dialog').getByRole('button', { name: 'yes', exact: true }).click();

    // This walk through setup scans each of its screens with axe.
    await setupUntilSignIn(page, null, true);
    await signIn(page, emulator);
    await verifyBy(page, emulator, 'Email');
    await expect(page.getByRole('list', { name: 'backups' })).toContainText(
      /Lumia 930\s*Lumia 930 · 11\/23\/2026 9:\d\d PM/,
    );
    await restoreBackup(page, 'Lumia 930', 'last 3 months', true);
    await finishAfterRestore(page, true);

    // The backup's accent (cobalt), not the one chosen after it; the store apps as placeholders.
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'cobalt');
    await expect(tile(page, 'Wordament')).toContainText('waiting for Wi-Fi');
    await expect(tile(page, 'Halo')).toHaveCount(0);

    await emulator.setNetwork('wifi');
    await expect(tile(page, 'Wordament')).toContainText('downloading');
    await emulator.clock.advance(10 * 60_000);
    await expect(tile(page, 'Wordament')).toHaveText('Wordament');
    await expect(tile(page, 'WhatsApp')).toHaveText('WhatsApp');

    await page.goto('/phone/history');
    await expect(page.getByRole('list', { name: 'call history' })).toContainText(
      /(incoming|outgoing), \d+:\d\d/,
    );
    await page.goto('/messaging');
    await expect(page.getByRole('heading', { name: 'threads', exact: true })).toBeVisible();
    await expect(page.getByText('no conversations')).toHaveCount(0);
  });

  test("the new phone restores the old phone's backup; a failed download offers try again", async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'two-phones');
    await setupUntilSignIn(page, 'HomeNet');
    await signIn(page, emulator);
    await verifyBy(page, emulator, 'Email');
    await expect(page.getByRole('list', { name: 'backups' }).getByRole('button')).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'backups' })).toContainText('Lumia 920 · 11/23/2026 7:00 PM');
    await emulator.injectFault({ kind: 'download', error: 'server-error' });
    await restoreBackup(page, 'Lumia 920', 'any time');

    await expect(page.getByRole('alert')).toHaveText(
      'There was a problem restoring your phone. The service had a problem. Try again later.',
    );
    await atStep(page, 'restoring', 'restoring');
    await page.reload();
    await emulator.ready();
    await expect(page.getByRole('alert')).toContainText('There was a problem restoring your phone.');
    await button(page, 'try again').click();
    await finishAfterRestore(page);
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'red');
    // On Wi-Fi from setup on, the apps download at once.
    await expect(tile(page, 'Wordament')).toContainText('downloading');
  });

  test('a reload in the middle of a restore carries on', async ({ page, gotoScenario, emulator }) => {
    await gotoScenario('/', 'two-phones');
    await setupUntilSignIn(page, null);
    await signIn(page, emulator);
    await verifyBy(page, emulator, 'Email');
    await expect(page.getByRole('list', { name: 'backups' })).toBeVisible();
    // Slow enough (two downloads of 5 s) to scan the page and reload while it restores.
    await emulator.setLatency(5000);
    await restoreBackup(page, 'Lumia 920', 'last year');
    await expect(page.getByRole('progressbar', { name: 'restoring your phone' })).toBeVisible();
    await atStep(page, 'restoring', 'restoring');
    await page.reload();
    await finishAfterRestore(page);
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'red');
  });

  test('skipped sign-in: signing in later brings back texts and the theme only', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await button(page, 'back up now').click();
    await expect(page.getByText(/^Lumia 930 · last backup /)).toBeVisible();
    await emulator.resetPhone();

    await setupUntilSignIn(page, 'HomeNet');
    await button(page, 'skip').click();
    await atStep(page, 'all done', 'done', false);
    await button(page, 'done').click();
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'cyan');
    // Start shows, and the finished setup is saved before the page is left.
    await expect(page.getByRole('navigation', { name: 'tiles' })).toBeVisible();
    await emulator.ready();

    await page.goto('/settings/email-accounts');
    await emulator.ready();
    await button(page, 'add a Microsoft account').click();
    const account = await emulator.demoAccount();
    await page.getByRole('textbox', { name: 'Email address' }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await button(page, 'sign in').click();
    await page
      .getByRole('radiogroup', { name: 'Send the code by' })
      .getByRole('radio', { name: /^Email / })
      .check();
    await button(page, 'send code').click();
    await expect(page.getByText(/^We sent a code to/)).toBeVisible();
    await page.getByRole('textbox', { name: 'Code' }).fill((await emulator.latestCode('email')) ?? '');
    await button(page, 'next').click();

    await expect(page.locator('html')).toHaveAttribute('data-accent', 'cobalt');
    await page.goto('/messaging');
    await expect(page.getByRole('list', { name: 'conversations' })).toBeVisible();
    // No apps, accounts or Start layout come back this way.
    await page.goto('/start');
    await expect(tile(page, 'Wordament')).toHaveCount(0);
    await page.goto('/settings/email-accounts');
    await expect(page.getByRole('main')).not.toContainText('ana@contoso.com');
  });
});
