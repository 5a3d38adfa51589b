import { readFile } from 'node:fs/promises';
import { test, expect, type Emulator } from './fixtures';
import { button } from './setup-flow';

/**
 * Export and import of the whole emulator state from the panel (SPEC section 6): a round trip
 * through a file, and files that are refused with importState's message, changing nothing.
 */

/** The state without the moment it was exported, to compare two exports. */
async function stateNow(emulator: Emulator): Promise<unknown> {
  const { exportedAt: _at, ...rest } = JSON.parse(await emulator.exportState()) as Record<string, unknown>;
  return rest;
}

test.describe('state file', () => {
  // Several screens and panel actions each; the budget holds on a busy machine too.
  test.describe.configure({ timeout: 90_000 });

  test('an exact copy: export with secrets, reset, import; the phone and the cloud come back as they were', async ({
    page,
    gotoScenario,
    panel,
    phone,
    axe,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await button(page, 'back up now').click();
    const lastBackup = page.getByText(/^Lumia 930 · last backup 11\/23\/2026 9:0\d PM$/);
    await expect(lastBackup).toBeVisible();
    const shown = await lastBackup.textContent();

    await panel.includeSecrets.check();
    await axe.expectNoA11yViolations();
    const download = await panel.exportState({ includeSecrets: true });
    expect(download.suggestedFilename()).toMatch(/^wp-emulator-state-\d{4}-\d\d-\d\d-\d\d-\d\d\.json$/);
    const file = test.info().outputPath('exported-state.json');
    await download.saveAs(file);
    const text = await readFile(file, 'utf8');
    // The file says what it is at its very top.
    expect(text.startsWith('{"contents":"An exact copy of the emulator, with its secrets')).toBe(true);
    const json = JSON.parse(text) as { format: string; version: number };
    expect(json).toMatchObject({ format: 'wp81-backup-emulator-state', version: 1, includesSecrets: true });
    await expect(panel.stateFileStatus).toHaveText(
      /^Exported wp-emulator-state-.*\.json \(.+, with secrets\)\.$/,
    );

    await panel.resetPhone();
    await expect(phone.pageTitle('language')).toBeVisible();

    await panel.importState(file);
    await expect(panel.stateFileStatus).toHaveText('Imported exported-state.json.');
    // The phone is set up again: setup gives way to Start.
    await expect(page).toHaveURL((url) => url.pathname === '/start');
    await page.goto('/settings/backup/apps-settings');
    await expect(page.getByText(shown!, { exact: true })).toBeVisible();
    await expect(panel.inspector).toContainText(/Lumia 930 \(Lumia 930\) · backup 11\/23\/2026 9:0\d PM/);
  });

  test('by default the file holds no secrets: imported, the phone keeps its data and signs in again', async ({
    page,
    gotoScenario,
    panel,
    phone,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await button(page, 'back up now').click();
    await expect(page.getByText(/^Lumia 930 · last backup /)).toBeVisible();
    await expect(panel.includeSecrets).not.toBeChecked();
    const download = await panel.exportState();
    const file = test.info().outputPath('state-without-secrets.json');
    await download.saveAs(file);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('{"contents":"The emulator without its secrets')).toBe(true);
    expect(text).not.toContain('"dataKey":"');
    await expect(panel.stateFileStatus).toHaveText(/^Exported wp-emulator-state-.*\.json \([^,]+\)\.$/);

    await panel.resetPhone();
    await expect(phone.pageTitle('language')).toBeVisible();
    await panel.importState(file);
    await expect(panel.stateFileStatus).toHaveText('Imported state-without-secrets.json.');
    await expect(page).toHaveURL((url) => url.pathname === '/start');
    // Set up, with its data, but signed out: backup asks to sign in, passwords are needed again.
    await page.goto('/settings/backup/apps-settings');
    await expect(page.getByText('Sign in with a Microsoft account to back up your phone.')).toBeVisible();
    await page.goto('/settings/email-accounts');
    await expect(page.getByText('ana.work@outlook.com · password needed', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'add a Microsoft account', exact: true })).toBeVisible();
  });

  test('refuses a file that is not JSON, not an emulator state, or from a newer emulator; nothing changes', async ({
    gotoScenario,
    panel,
    phone,
    emulator,
  }) => {
    await gotoScenario('/settings', 'used-phone');
    await emulator.clock.pause();
    const before = await stateNow(emulator);

    await panel.importState({ name: 'notes.json', content: 'hello, this is not JSON' });
    await expect(panel.stateFileAlert).toHaveText('The file is not JSON, so it is not an emulator state.');

    await panel.importState({ name: 'other.json', content: JSON.stringify({ phones: [], hello: 'world' }) });
    await expect(panel.stateFileAlert).toHaveText(
      'The file is JSON but not an emulator state exported by this emulator.',
    );

    const newer = { ...(JSON.parse(await emulator.exportState()) as object), version: 99 };
    await panel.importState({ name: 'newer.json', content: JSON.stringify(newer) });
    await expect(panel.stateFileAlert).toHaveText(
      'The file comes from a newer version of the emulator (state version 99); this one reads version 1.',
    );

    const broken = JSON.parse(await emulator.exportState()) as { phones: { activePhoneId: string } };
    broken.phones.activePhoneId = 'no-such-phone';
    await panel.importState({ name: 'broken.json', content: JSON.stringify(broken) });
    await expect(panel.stateFileAlert).toHaveText(
      "The file is not a valid emulator state: its active phone isn't among its phones.",
    );

    await expect(phone.pageTitle('settings')).toBeVisible();
    expect(await stateNow(emulator)).toEqual(before);
  });
});
