/**
 * Issue #18, finding 4: a state file holds no secret unless asked to. By default the phones keep
 * their data and lose their sign-ins; `includeSecrets` makes an exact copy and says so at the top.
 */
import { describe, expect, it } from 'vitest';
import { completeSignIn } from '../api/auth/linkAccount';
import { getBackups } from '../api/backups/getBackups';
import { sendCode } from '../api/auth/sendCode';
import { signIn } from '../api/auth/signIn';
import { sendResetCode } from '../api/auth/sendResetCode';
import { startPasswordReset } from '../api/auth/startPasswordReset';
import { backUpNow } from '../backup/backupNow';
import { dumpCloud } from '../cloud/db';
import { demoAccount } from '../cloud/demoAccount';
import { readDeliveries } from '../cloud/inbox';
import type { CloudIndex } from '../cloud/schema';
import { activePhone, deviceStore } from '../device/store';
import { signInAs, withCloudServer } from '../test/cloud';
import { exportState, importState } from './exportState';
import { applyScenario } from './scenarios/apply';

withCloudServer();

/** A used phone with a backup, a sign-in under way (a code sent) and a session opened since. */
async function phoneWithSecrets() {
  await applyScenario('used-phone');
  await backUpNow();
  await signInAs();
  const { challengeId } = await signIn(demoAccount.email, demoAccount.password);
  await sendCode(challengeId, 'email');
  // A password reset under way, its code sent: its hash is a secret too.
  const { resetId } = await startPasswordReset(demoAccount.email);
  await sendResetCode(resetId, 'call');
  const resets = (await dumpCloud())['password-resets'] as { resets: { codeHash: string | null }[] };
  const cloud = (await dumpCloud()).index as CloudIndex;
  const phone = activePhone();
  return {
    secrets: [
      phone.microsoftAccount!.token,
      phone.microsoftAccount!.dataKey!,
      ...cloud.accounts.map((a) => a.passwordHash),
      ...cloud.sessions.map((s) => s.tokenHash),
      ...cloud.challenges.flatMap((c) => (c.codeHash ? [c.codeHash] : [])),
      ...(await readDeliveries()).map((d) => `"${d.code}"`),
      ...resets.resets.flatMap((r) => (r.codeHash ? [r.codeHash] : [])),
    ],
  };
}

/** The account passwords a file's phones hold (encrypted): a file without secrets holds none. */
function phonePasswords(json: string): unknown[] {
  const file = JSON.parse(json) as {
    phones: { phones: Record<string, { accounts: { password: unknown }[] }> };
  };
  return Object.values(file.phones.phones).flatMap((p) => p.accounts.map((a) => a.password));
}

describe('finding 4: a state file without secrets', () => {
  it('by default holds no session, key, code, password hash or account password', async () => {
    const { secrets } = await phoneWithSecrets();
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    const json = await exportState();
    for (const secret of secrets) expect(json).not.toContain(secret);
    // The backup keeps its account passwords, encrypted with a key the file does not hold.
    expect(phonePasswords(json).every((p) => p === null)).toBe(true);
    expect(phonePasswords(await exportState({ includeSecrets: true })).some((p) => p !== null)).toBe(true);
    expect(json.startsWith('{"contents":"The emulator without its secrets')).toBe(true);
  });

  it('imported, the phones keep their data, sign in again, and need their account passwords again', async () => {
    await phoneWithSecrets();
    const before = activePhone();
    const json = await exportState();
    await applyScenario('new-phone');
    await importState(json);
    const after = activePhone();
    expect(after.messages).toEqual(before.messages);
    expect(after.apps).toEqual(before.apps);
    expect(after.settings).toEqual(before.settings);
    expect(after.backup.lastBackupAt).toBe(before.backup.lastBackupAt);
    expect(after.microsoftAccount).toBeNull();
    expect(after.accounts.map((a) => [a.address, a.password])).toEqual(
      before.accounts.filter((a) => a.kind !== 'microsoft').map((a) => [a.address, null]),
    );
    // The demo account signs in with its password, and its backup is there.
    await completeSignIn(await signInAs(), demoAccount.password);
    expect((await getBackups()).map((b) => b.createdAt)).toEqual([before.backup.lastBackupAt]);
  });

  it('with includeSecrets, makes an exact copy and says so at its top', async () => {
    await phoneWithSecrets();
    const phonesBefore = structuredClone(deviceStore.getState());
    const { rev: _r, ...cloudBefore } = await dumpCloud();
    const json = await exportState({ includeSecrets: true });
    expect(json.startsWith('{"contents":"An exact copy of the emulator, with its secrets')).toBe(true);
    await applyScenario('new-phone');
    await importState(json);
    expect(deviceStore.getState()).toEqual(phonesBefore);
    const { rev: _s, ...cloudAfter } = await dumpCloud();
    expect(cloudAfter).toEqual(cloudBefore);
  });
});
