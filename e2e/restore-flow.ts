/**
 * The two-phones scenario's restore, for the tests of what a restore leaves behind: the new
 * Lumia 930 goes through setup (on cellular), signs in with a code by email and restores the old
 * Lumia 920's backup with all its texts, up to setup's `done` step.
 */
import { expect, type Emulator } from './fixtures';
import type { Page } from '@playwright/test';
import { atStep, button, restoreBackup, setupUntilSignIn, signIn, verifyBy } from './setup-flow';

export async function restoreOldPhoneUntilDone(page: Page, emulator: Emulator): Promise<void> {
  await setupUntilSignIn(page, null);
  await signIn(page, emulator);
  await verifyBy(page, emulator, 'Email');
  await restoreBackup(page, 'Lumia 920', 'any time');
  await atStep(page, 'accounts', 'passwords', false);
  await button(page, 'next').click();
  await atStep(page, 'all done', 'done', false);
  await expect(page.getByRole('region', { name: 'What came back' })).toBeVisible();
}
