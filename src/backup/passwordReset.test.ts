/**
 * SPEC section 4b, a forgotten password: the backups stay, but the account passwords inside a
 * backup made before the reset were encrypted with a key from the old password. A restore then
 * brings those accounts back without passwords; backups made after the reset use the new key.
 */
import { describe, expect, it } from 'vitest';
import { completeSignIn } from '../api/auth/linkAccount';
import { demoAccount } from '../cloud/demoAccount';
import { setNetwork } from '../device/environment';
import { resetPhone } from '../device/reset';
import { decryptSecret } from '../device/secrets';
import { activePhone, updatePhone } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { resetPasswordAs, signInAs, withCloudServer } from '../test/cloud';
import { backUpNow } from './backupNow';
import { restoreFromBackup } from './restore';
import { savePasswords } from './setup/actions';

withCloudServer();

const NEW_PASSWORD = 'Windows-8.1';
const BACKED_UP = ['Outlook-pass-1', 'Google-pass-2', 'Exchange-pass-3'];

async function readablePasswords(): Promise<(string | null)[]> {
  const phone = activePhone();
  const key = phone.microsoftAccount?.dataKey ?? '';
  const others = phone.accounts.filter((a) => a.kind !== 'microsoft');
  return Promise.all(others.map((a) => (a.password ? decryptSecret(key, a.password) : null)));
}

describe('a restore after the password was reset', () => {
  it('brings the accounts back without their passwords; what the user types is backed up with the new key', async () => {
    await applyScenario('used-phone');
    setNetwork('wifi');
    const deviceId = activePhone().identity.deviceId;
    await backUpNow();
    resetPhone();
    await completeSignIn(await resetPasswordAs(NEW_PASSWORD), NEW_PASSWORD);

    const summary = await restoreFromBackup({ deviceId, range: 'any' });
    const restored = activePhone().accounts.filter((a) => a.kind !== 'microsoft');
    expect(restored.map((a) => a.address)).toHaveLength(3);
    expect(restored.every((a) => a.password === null)).toBe(true);
    expect(activePhone().setup.accountsNeedingPassword).toEqual(restored.map((a) => a.id));
    expect(summary.notRestored).toContain('passwords of 3 accounts (type them again)');

    // `Enter passwords for your restored accounts`, then a backup made with the new key.
    await savePasswords(Object.fromEntries(restored.map((a, i) => [a.id, `typed-${i}`])));
    expect(activePhone().setup.accountsNeedingPassword).toEqual([]);
    await backUpNow();
    resetPhone();
    await completeSignIn(await signInAs(demoAccount.email, NEW_PASSWORD), NEW_PASSWORD);
    await restoreFromBackup({ deviceId, range: 'any' });
    expect(activePhone().setup.accountsNeedingPassword).toEqual([]);
    expect(await readablePasswords()).toEqual(['typed-0', 'typed-1', 'typed-2']);
  }, 30_000);

  it('a restore with the old password still opens them (the control: nothing else hides them)', async () => {
    await applyScenario('used-phone');
    const deviceId = activePhone().identity.deviceId;
    await backUpNow();
    resetPhone();
    await completeSignIn(await signInAs(), demoAccount.password);
    await restoreFromBackup({ deviceId, range: 'any' });
    expect(await readablePasswords()).toEqual(BACKED_UP);
  });
});

describe('signing in on a phone after the password was reset elsewhere', () => {
  it('moves the phone’s account passwords over to the new key while it still holds the old one', async () => {
    await applyScenario('used-phone');
    await completeSignIn(await resetPasswordAs(NEW_PASSWORD), NEW_PASSWORD);
    expect(await readablePasswords()).toEqual(BACKED_UP);
  });

  it('asks for them again when no key on the phone opens them (signed out before the reset)', async () => {
    await applyScenario('used-phone');
    updatePhone((p) => ({ ...p, microsoftAccount: null }));
    await completeSignIn(await resetPasswordAs(NEW_PASSWORD), NEW_PASSWORD);
    const others = activePhone().accounts.filter((a) => a.kind !== 'microsoft');
    expect(others).toHaveLength(3);
    expect(others.every((a) => a.password === null)).toBe(true);
  });

  it('changes nothing when the password is the same as before', async () => {
    await applyScenario('used-phone');
    const before = activePhone().accounts;
    await completeSignIn(await signInAs(), demoAccount.password);
    expect(activePhone().accounts).toEqual(before);
  });
});
