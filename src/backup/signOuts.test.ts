/**
 * Issue #18, Low: a session the phone lets go of ends in the cloud too. A sign-out made offline
 * is sent once the phone is online again, and a reset ends the session the phone had.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { unlinkAccount } from '../api/auth/linkAccount';
import { endLeftSessions } from '../api/auth/signOut';
import { cloudRequest } from '../api/client';
import { ApiError } from '../api/errors';
import { setNetwork, setPower } from '../device/environment';
import { resetPhone } from '../device/reset';
import { activePhone } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { withCloudServer } from '../test/cloud';
import { runScheduledBackups } from './autoBackup';

withCloudServer();

const statusWith = (token: string) =>
  cloudRequest('/api/me/storage', { token }).then(
    () => 200,
    (e: unknown) => (e instanceof ApiError ? e.status : -1),
  );

beforeEach(async () => {
  await applyScenario('used-phone');
  setNetwork('wifi');
  setPower('plugged');
});

describe('sessions the phone lets go of', () => {
  it('a sign-out made offline ends the session once the phone is back online', async () => {
    const token = activePhone().microsoftAccount!.token;
    setNetwork('offline');
    await unlinkAccount();
    expect(activePhone().microsoftAccount).toBeNull();
    setNetwork('wifi');
    expect(await statusWith(token)).toBe(200); // the cloud never heard of it
    await runScheduledBackups(); // what the phone does when the network changes
    expect(await statusWith(token)).toBe(401);
    expect(activePhone().pendingSignOuts).toEqual([]);
  });

  it('a reset ends the session of the account the phone was signed in to', async () => {
    const token = activePhone().microsoftAccount!.token;
    resetPhone();
    await endLeftSessions();
    expect(await statusWith(token)).toBe(401);
  });

  it('a reset made offline ends that session once online', async () => {
    const token = activePhone().microsoftAccount!.token;
    setNetwork('offline');
    resetPhone();
    await endLeftSessions();
    setNetwork('wifi');
    await runScheduledBackups();
    expect(await statusWith(token)).toBe(401);
  });
});
