import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { atStep, button, restoreBackup, setupUntilSignIn, signIn, verifyBy } from './setup-flow';

const tile = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'tiles' }).getByRole('link', { name: new RegExp(`^${name}`) });

/** The passwords step, then `done` with its summary, then Start. */
async function finishAfterRestore(page: Page): Promise<void> {
  await atStep(page, 'accounts', 'passwords');
  await expect(page.getByRole('heading', { name: 'Enter passwords for your restored accounts' })).toBeVisible();
  await button(page, 'next').click();
  await atStep(page, 'all done', 'done');
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
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await button(page, 'back up now').click();
    await expect(page.getByText(/^Lumia 930 · last backup /)).toBeVisible();

    await page.goto('/settings/theme');
    // The accent picker shows swatches; the radio itself is visually hidden behind its label.
    await page.getByRole('radiogroup', { name: 'Accent color' }).getByText('red', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'red');

    await page.goto('/settings/about');
    await button(page, 'reset your phone').click();
    await page.getByRole('dialog').getByRole('button', { name: 'yes', exact: true }).click();
    await expect(page.getByRole('dialog')).toContainText('This will erase everything');
    await page.getByRole('dialog').getByRole('button', { name: 'yes', exact: true }).click();

    await setupUntilSignIn(page, null);
    await signIn(page, emulator);
    await verifyBy(page, emulator, 'Email');
    await expect(page.getByRole('list', { name: 'backups' })).toContainText(/Lumia 930Lumia 930 · 11\/23\/2026 9:\d\d PM/);
    await restoreBackup(page, 'Lumia 930', 'last 3 months');
    await finishAfterRestore(page);

    // The backup's accent (cobalt), not the one chosen after it; the store apps as placeholders.
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'cobalt');
    await expect(tile(page, 'Wordament')).toContainText('waiting for Wi-Fi');
    await expect(tile(page, 'Halo')).toHaveCount(0);

    await emulator.setNetwork('wifi');
    await expect(tile(page, 'Wordament')).toContainText('downloading');
    await emulator.clock.advance(10 * 60_000);
    await expect(tile(page, 'Wordament')).not.toContainText(/downloading|waiting/);
    await expect(tile(page, 'WhatsApp')).not.toContainText(/downloading|waiting/);

    await page.goto('/phone/history');
    await expect(page.getByRole('list', { name: 'call history' })).toContainText(/(incoming|outgoing), \d+:\d\d/);
    await page.goto('/messaging');
    await expect(page.getByRole('heading', { name: 'threads', exact: true })).toBeVisible();
    await expect(page.getByText('no conversations')).toHaveCount(0);
  });

  test('the new phone restores the old phone\'s backup; a failed download offers try again', async ({
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
    await emulator.setLatency(3000);
    await restoreBackup(page, 'Lumia 920', 'last year');
    await expect(page.getByRole('progressbar', { name: 'restoring your phone' })).toBeVisible();
    await page.reload();
    await finishAfterRestore(page);
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'red');
  });
});
