/**
 * Issue #6, faults 1, 4 and 5 at engine level: offline mid-upload, a session expiring mid-operation
 * and a cloud slower than the client's timeout each leave the device model, the last committed
 * backup and the cloud store as they were (see docs/reliability.md), and the product carries on.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { completeSignIn } from '../api/auth/linkAccount';
import { getBackup } from '../api/backups/getBackup';
import { setRequestTimeoutForTests } from '../api/client';
import { isApiError } from '../api/errors';
import { BACKUP_FAILED_MESSAGE, BackupError, backUpNow, isSessionExpired } from '../backup/backupNow';
import { restoreFromBackup } from '../backup/restore';
import { backupRunStore } from '../backup/runState';
import { backupParts } from '../backup/snapshot';
import { cloudConfig } from '../cloud/faults';
import { cloudIdle } from '../cloud/inFlight';
import { SESSION_TTL_MS } from '../cloud/guard';
import { server } from '../cloud/node';
import { demoAccount } from '../cloud/demoAccount';
import { clock, setNetwork } from '../device/environment';
import { activePhone, updatePhone } from '../device/store';
import { signInAs } from '../test/cloud';
import {
  committedCloud,
  devices,
  expectFaultLeftEverything,
  partsPath,
  snapshotAll,
  setUpFaultTests,
} from '../test/faultHarness';

setUpFaultTests();

describe('fault 1: offline mid-upload', () => {
  it('going offline after the first part leaves the old backup, the phone and the cloud as they were', async () => {
    await backUpNow();
    updatePhone((p) => ({ ...p, settings: { ...p.settings, accent: 'red' } }));
    const before = await snapshotAll();
    expect(backupParts(activePhone()).length).toBeGreaterThan(1);
    // The first part goes through; the network drops as it lands, so the next part never leaves.
    server.use(
      http.put(partsPath, ({ params }) => {
        if (params.n === '0') setNetwork('offline');
      }),
    );
    const failure = await backUpNow().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BackupError);
    expect((failure as BackupError).message).toBe(BACKUP_FAILED_MESSAGE);
    expect(isApiError((failure as BackupError).cause) && (failure as BackupError).cause).toMatchObject({
      code: 'offline',
    });
    expect(backupRunStore.getState()).toMatchObject({ running: false, error: BACKUP_FAILED_MESSAGE });
    setNetwork('wifi');
    await expectFaultLeftEverything(before);
    // Back online, the next backup goes through and takes the change.
    server.resetHandlers();
    await backUpNow();
    expect((await getBackup(activePhone().identity.deviceId)).settings).toMatchObject({ accent: 'red' });
  });

  it('the connection dropping during a part upload (network error) also leaves everything whole', async () => {
    await backUpNow();
    const before = await snapshotAll();
    server.use(http.put(partsPath, () => HttpResponse.error()));
    const failure = await backUpNow().catch((e: unknown) => e);
    expect((failure as BackupError).message).toBe(BACKUP_FAILED_MESSAGE);
    expect((failure as BackupError).cause).toMatchObject({ code: 'network' });
    server.resetHandlers();
    await expectFaultLeftEverything(before);
  });
});

describe('fault 4: session expired mid-operation', () => {
  it('a backup whose session expires between parts fails as session-expired; after signing in again it succeeds', async () => {
    await backUpNow();
    const before = await snapshotAll();
    server.use(
      http.put(partsPath, () => {
        clock.advance(SESSION_TTL_MS + 1000);
      }),
    );
    const failure = await backUpNow().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BackupError);
    expect(isSessionExpired(failure)).toBe(true);
    expect((failure as BackupError).cause).toMatchObject({ status: 401, code: 'session-expired' });
    server.resetHandlers();
    // Nothing the user had is lost (the phone still holds the old, expired session).
    expect(await committedCloud()).toBe(before.cloud);
    expect(devices()).toEqual(before.device);
    const oldToken = activePhone().microsoftAccount!.token;

    await completeSignIn(await signInAs(), demoAccount.password);
    expect(activePhone().microsoftAccount!.token).not.toBe(oldToken);
    const outcome = await backUpNow();
    expect(activePhone().backup.lastBackupAt).toBe(outcome.createdAt);
    expect((await getBackup(activePhone().identity.deviceId)).createdAt).toBe(outcome.createdAt);
  });

  it('a restore started with an expired session says so and changes nothing; it works after signing in again', async () => {
    await backUpNow();
    const deviceId = activePhone().identity.deviceId;
    clock.advance(SESSION_TTL_MS + 1000);
    const cloud = await committedCloud();
    const phone = activePhone();
    await expect(restoreFromBackup({ deviceId, range: 'any' })).rejects.toThrow(
      'Your session has expired. Sign in again.',
    );
    expect({ ...activePhone(), setup: phone.setup }).toEqual(phone);
    expect(await committedCloud()).toBe(cloud);
    await completeSignIn(await signInAs(), demoAccount.password);
    await restoreFromBackup({ deviceId, range: 'any' });
    expect(activePhone().setup.restore?.status).toBe('applied');
  });
});

describe('fault 5: cloud slower than the client timeout', () => {
  it('a request that never answers times out with a clear message; the old backup stays and a retry works', async () => {
    await backUpNow();
    const before = await snapshotAll();
    cloudConfig.inject({ kind: 'commit', error: 'timeout' });
    // The short client timeout starts with the commit (set as the last part lands), so a loaded
    // machine cannot time out an earlier step instead.
    const last = String(backupParts(activePhone()).length - 1);
    server.use(
      http.put(partsPath, ({ params }) => {
        if (params.n === last) setRequestTimeoutForTests(50);
      }),
    );
    const failure = await backUpNow().catch((e: unknown) => e);
    expect((failure as BackupError).message).toBe(BACKUP_FAILED_MESSAGE);
    expect((failure as BackupError).cause).toMatchObject({
      code: 'timeout',
      message: 'The cloud took too long to answer. Try again later.',
    });
    await expectFaultLeftEverything(before);
    expect(cloudConfig.faults()).toEqual([]);
    server.resetHandlers();
    setRequestTimeoutForTests();
    await expect(backUpNow()).resolves.toHaveProperty('createdAt');
  });

  it('a slow cloud (latency above the timeout) on a restore download: clear message, phone unchanged', async () => {
    await backUpNow();
    const deviceId = activePhone().identity.deviceId;
    const phone = activePhone();
    setRequestTimeoutForTests(30);
    cloudConfig.setLatency(120);
    await expect(restoreFromBackup({ deviceId, range: 'any' })).rejects.toThrow(
      'The cloud took too long to answer. Try again later.',
    );
    expect(activePhone().setup.restore).toMatchObject({
      status: 'failed',
      error: 'The cloud took too long to answer. Try again later.',
    });
    expect({ ...activePhone(), setup: phone.setup }).toEqual(phone);
    // Let the slow handler finish before the cloud is reset for the next test.
    await cloudIdle();
  });
});
