/**
 * Steps of the phone's setup (SPEC section 4), driven by role and visible label, for
 * setup.spec.ts and restore.spec.ts. Each step is checked with axe as it appears.
 */
import { expect, expectNoA11yViolations, type Emulator } from './fixtures';
import type { Page } from '@playwright/test';

export const title = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });
export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/**
 * Waits for a setup page by its title, checks its path and (unless `scan` is false) runs axe on
 * it. Every setup screen is scanned in at least one test; repeats of the same screen skip it.
 */
export async function atStep(page: Page, heading: string, step: string, scan = true): Promise<void> {
  await expect(title(page, heading)).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === `/setup/${step}`);
  if (scan) await expectNoA11yViolations(page);
}

/** language, terms, Wi-Fi (a network, or skip to stay on cellular), recommended, date+time. */
export async function setupUntilSignIn(page: Page, wifi: string | null, scan = false): Promise<void> {
  await atStep(page, 'language', 'language', scan);
  await button(page, 'next').click();
  await atStep(page, 'terms of use', 'terms', scan);
  await button(page, 'accept').click();
  await atStep(page, 'wi-fi networking', 'wifi', scan);
  if (wifi) {
    await page.getByRole('radio', { name: wifi }).check();
    await button(page, 'next').click();
  } else {
    await button(page, 'skip').click();
  }
  await atStep(page, 'recommended', 'recommended', scan);
  await button(page, 'next').click();
  await atStep(page, 'date+time', 'time', scan);
  await button(page, 'next').click();
  await atStep(page, 'sign in', 'sign-in', scan);
  await expect(page.getByRole('heading', { name: 'Keep your life in sync', exact: true })).toBeVisible();
}

export async function signIn(page: Page, emulator: Emulator): Promise<void> {
  const account = await emulator.demoAccount();
  await page.getByRole('textbox', { name: 'Email address' }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await button(page, 'sign in').click();
  await atStep(page, 'verify', 'verify', false);
}

export const methods = (page: Page) => page.getByRole('radiogroup', { name: 'Send the code by' });

/** Sends the code by `method` and types what arrived in the emulator's inbox. */
export async function verifyBy(page: Page, emulator: Emulator, method: 'Email' | 'Call'): Promise<void> {
  await methods(page)
    .getByRole('radio', { name: new RegExp(`^${method} `) })
    .check();
  await button(page, 'send code').click();
  await expect(page.getByRole('textbox', { name: 'Code' })).toBeVisible();
  const code = await emulator.latestCode(method === 'Email' ? 'email' : 'call');
  expect(code).toBeTruthy();
  await page.getByRole('textbox', { name: 'Code' }).fill(code ?? '');
  await button(page, 'next').click();
}

/** From the backup list: choose a backup and a text history range, and restore. */
export async function restoreBackup(
  page: Page,
  phoneName: string,
  range: string,
  scan = false,
): Promise<void> {
  await expect(
    page.getByText('Finding backups…').or(page.getByRole('list', { name: 'backups' })),
  ).toBeVisible();
  await atStep(page, 'restore', 'backups', scan);
  await page
    .getByRole('list', { name: 'backups' })
    .getByRole('button', { name: new RegExp(`^${phoneName}`) })
    .click();
  await atStep(page, 'text messages', 'messages', scan);
  await page.getByRole('radio', { name: range, exact: true }).check();
  await button(page, 'next').click();
}
