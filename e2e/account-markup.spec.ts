/**
 * Issue #6, hostile input 1 on email+accounts: markup and script in account addresses (and in the
 * Microsoft account's address and name) show as literal text and run nothing. The accounts are
 * put on the phone through window.phoneEmulator.importState, as a state file would.
 */
import { test, expect, type Page } from './fixtures';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const SVG = '"><svg onload=window.__pwned=3>@outlook.com';

interface StateAccount {
  kind: string;
  address: string;
  password: unknown;
}
interface ExportedState {
  phones: {
    activePhoneId: string;
    phones: Record<
      string,
      { accounts: StateAccount[]; microsoftAccount: { email: string; displayName: string } }
    >;
  };
}

const screen = (page: Page) => page.getByRole('main');
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

/** Nothing of the markup became an element: no image, script, or event-handler attribute. */
async function expectNoInjectedElement(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"], main script, [onerror], [onload]')).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
}

test('hostile 1: markup in account addresses and names shows as text and runs nothing', async ({
  page,
  gotoScenario,
  emulator,
  phone,
  axe,
}) => {
  await gotoScenario('/settings/email-accounts', 'used-phone');
  await phone.expectPage('email+accounts');

  const state = JSON.parse(await emulator.exportState({ includeSecrets: true })) as ExportedState;
  const device = state.phones.phones[state.phones.activePhoneId]!;
  const hostile: Record<string, Partial<StateAccount>> = {
    microsoft: { address: SVG },
    outlook: { address: IMG },
    // Without a password the list adds `· password needed` after the address.
    google: { address: SCRIPT, password: null },
  };
  device.accounts = device.accounts.map((a) => ({ ...a, ...hostile[a.kind] }));
  device.microsoftAccount = { ...device.microsoftAccount, email: SVG, displayName: IMG };
  await emulator.importState(JSON.stringify(state));

  const accounts = screen(page).getByRole('list', { name: 'accounts' });
  const check = async () => {
    await expect(accounts.getByText(SVG, { exact: true })).toBeVisible();
    await expect(accounts.getByText(IMG, { exact: true })).toBeVisible();
    await expect(accounts.getByText(`${SCRIPT} · password needed`, { exact: true })).toBeVisible();
    await expectNoInjectedElement(page);
  };
  await check();
  await axe.expectNoA11yViolations();

  // The sign-out question names the account's address, as text too.
  await screen(page).getByRole('button', { name: 'sign out', exact: true }).click();
  const dialog = screen(page).getByRole('dialog');
  await expect(dialog).toContainText(`If you sign out of ${SVG}, this phone stops backing up`);
  await expectNoInjectedElement(page);
  await axe.expectNoA11yViolations();
  await dialog.getByRole('button', { name: 'cancel', exact: true }).click();

  // Saved as it was given: after a reload, read back from the phone's storage.
  await page.reload();
  await phone.expectPage('email+accounts');
  await check();
});
