/**
 * Issue #6, faults 1, 4, 5, 6, 7, 12 and 13 at engine level: each one leaves the device model, the
 * last committed backup and the cloud store as they were (see docs/reliability.md), and the
 * product can carry on afterwards.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeSignIn } from '../api/auth/link-account';
import { beginUpload, deleteBackup, getBackup, listBackups, uploadPart } from '../api/backups/backups';
import { setRequestTimeoutForTests } from '../api/client';
import { isApiError } from '../api/errors';
import { autoBackupDue, DAY_MS, runScheduledBackups } from '../backup/autoBackup';
import { BACKUP_FAILED_MESSAGE, BackupError, backUpNow, isSessionExpired } from '../backup/backupNow';
import { restoreFromBackup, restoreInProgress } from '../backup/restore';
import { backupRunStore } from '../backup/runState';
import { backupParts } from '../backup/snapshot';
import { dropCloudCache, dumpCloud } from '../cloud/db';
import { cloudConfig } from '../cloud/faults';
import { SESSION_TTL_MS } from '../cloud/guard';
import { server } from '../cloud/node';
import { demoAccount } from '../cloud/seed';
import { clock, environmentStore, setNetwork, setPower } from '../device/environment';
import { resetPhone } from '../device/reset';
import { activePhone, deviceStore, replacePhones, updatePhone } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { signInAs, withCloudServer } from '../test/cloud';

withCloudServer();

/**
 * The cloud as the user sees it: every key byte-for-byte, leaving out only the revision counter
 * and an unfinished (staged, invisible) upload, which the next backup discards.
 */
async function committedCloud(): Promise<string> {
  const dump = await dumpCloud();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(dump).sort()) {
    if (key === 'rev' || key.startsWith('staged:')) continue;
    out[key] = key === 'index' ? { ...(dump[key] as object), uploads: [] } : dump[key];
  }
  return JSON.stringify(out);
}

const devices = () => JSON.stringify(deviceStore.getState());

/** Whatever the failure, the old backup must still be the committed one, readable whole. */
async function expectFaultLeftEverything(before: { cloud: string; device: string; backup: unknown }) {
  expect(await committedCloud()).toBe(before.cloud);
  expect(devices()).toBe(before.device);
  expect(await getBackup(activePhone().identity.deviceId)).toEqual(before.backup);
}

async function snapshotAll() {
  return {
    cloud: await committedCloud(),
    device: devices(),
    backup: await getBackup(activePhone().identity.deviceId),
  };
}

const partsPath = '*/api/devices/:deviceId/backup/uploads/:uploadId/parts/:n';

beforeEach(async () => {
  await applyScenario('used-phone');
  setNetwork('wifi');
  setPower('plugged');
});

afterEach(() => {
  setRequestTimeoutForTests();
});

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
    expect(devices()).toBe(before.device);
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
    await new Promise((r) => setTimeout(r, 150));
  });
});

describe('fault 6: page reload mid-backup', () => {
  it('an upload cut off by a reload is invisible; the next backup commits and discards its staged parts', async () => {
    const first = await backUpNow();
    const before = await snapshotAll();
    const phone = activePhone();
    const deviceId = phone.identity.deviceId;
    const parts = backupParts(phone);
    // The backup the reload interrupts: begun, one part staged, never committed.
    const { uploadId } = await beginUpload(deviceId, {
      phoneName: phone.identity.phoneName,
      model: phone.identity.model,
      partCount: parts.length,
    });
    await uploadPart(deviceId, uploadId, 0, parts[0]!);
    expect(Object.keys(await dumpCloud()).some((k) => k.startsWith(`staged:${uploadId}`))).toBe(true);
    // The reload: in-memory state of this tab is gone, only what was saved remains.
    dropCloudCache();
    backupRunStore.setState({ running: false, progress: 0, error: null });
    await expectFaultLeftEverything(before);
    expect((await listBackups())[0]!.createdAt).toBe(first.createdAt);

    clock.advance(60_000);
    const second = await backUpNow();
    expect(second.createdAt).toBeGreaterThan(first.createdAt);
    const dump = await dumpCloud();
    expect(Object.keys(dump).filter((k) => k.startsWith('staged:') && k.includes(uploadId))).toEqual([]);
    expect((dump.index as { uploads: unknown[] }).uploads).toEqual([]);
  });
});

describe('fault 7: page reload mid-restore', () => {
  it('a restore cut off by a reload left the phone as it was, and carries on from setup.restore', async () => {
    await backUpNow();
    const deviceId = activePhone().identity.deviceId;
    resetPhone();
    await completeSignIn(await signInAs(), demoAccount.password);
    const beforeRestore = activePhone();
    let savedAtReload: ReturnType<typeof deviceStore.getState> | null = null;
    // The reload hits while the backup is downloading: keep what was saved at that moment, and
    // the request never completes for this (gone) page.
    server.use(
      http.get('*/api/devices/:deviceId/backup', () => {
        savedAtReload = structuredClone(deviceStore.getState());
        return HttpResponse.error();
      }),
    );
    await restoreFromBackup({ deviceId, range: 'any' }).catch(() => undefined);
    server.resetHandlers();
    // The page comes back with what was saved: a restore marked running, nothing applied.
    replacePhones(savedAtReload!);
    dropCloudCache();
    const reloaded = activePhone();
    expect(reloaded.setup.restore).toMatchObject({ deviceId, range: 'any', status: 'running' });
    expect({ ...reloaded, setup: beforeRestore.setup }).toEqual(beforeRestore);
    expect(restoreInProgress()).toBe(false);
    // What RestoringStep does on arrival: status running and nothing running → start it again.
    const choice = reloaded.setup.restore!;
    await restoreFromBackup({ deviceId: choice.deviceId, range: choice.range });
    expect(activePhone().setup.restore).toMatchObject({ status: 'applied', error: null });
    expect(activePhone().settings.accent).toBe('cobalt');
  });
});

describe('fault 12: backup deleted from another tab during a restore', () => {
  async function backedUpThenReset() {
    await backUpNow();
    const deviceId = activePhone().identity.deviceId;
    resetPhone();
    await completeSignIn(await signInAs(), demoAccount.password);
    return deviceId;
  }

  it('deleted as the download starts: a clear message, the phone unchanged, and trying again fails the same clean way', async () => {
    const deviceId = await backedUpThenReset();
    const phone = activePhone();
    let deleted = false;
    server.use(
      http.get('*/api/devices/:deviceId/backup', async () => {
        if (!deleted) {
          deleted = true;
          await deleteBackup(deviceId, ['settings', 'apps']); // the other tab
        }
      }),
    );
    await expect(restoreFromBackup({ deviceId, range: 'any' })).rejects.toThrow(
      'There is no backup for this phone.',
    );
    expect(activePhone().setup.restore).toMatchObject({
      status: 'failed',
      error: 'There is no backup for this phone.',
    });
    expect({ ...activePhone(), setup: phone.setup }).toEqual(phone);
    expect(await listBackups()).toEqual([]);
    // Try again: still gone, still a clear failure and nothing half-applied.
    await expect(restoreFromBackup({ deviceId, range: 'any' })).rejects.toThrow(
      'There is no backup for this phone.',
    );
    expect({ ...activePhone(), setup: phone.setup }).toEqual(phone);
  });

  it('deleted after the download: the restore finishes from what it already read, in one piece', async () => {
    const deviceId = await backedUpThenReset();
    server.use(
      http.get('*/api/devices/:deviceId/messages', async () => {
        await deleteBackup(deviceId, ['settings', 'apps']).catch(() => undefined);
      }),
    );
    await restoreFromBackup({ deviceId, range: 'any' });
    expect(activePhone().setup.restore?.status).toBe('applied');
    expect(activePhone().settings.accent).toBe('cobalt');
    expect(await listBackups()).toEqual([]);
  });
});

describe('fault 13: the clock set backwards', () => {
  it('after a backup, two days back: no automatic backup is due, nothing throws, and back up now still works', async () => {
    const first = await backUpNow();
    clock.set(clock.now() - 2 * DAY_MS);
    const now = clock.now();
    expect(now).toBeLessThan(first.createdAt);
    expect(() => autoBackupDue(activePhone(), environmentStore.getState(), now)).not.toThrow();
    expect(autoBackupDue(activePhone(), environmentStore.getState(), now)).toBe(false);
    await expect(runScheduledBackups()).resolves.toBeUndefined();
    expect(activePhone().backup.lastBackupAt).toBe(first.createdAt);

    const second = await backUpNow();
    expect(second.createdAt).toBeLessThan(first.createdAt);
    expect(activePhone().backup.lastBackupAt).toBe(second.createdAt);
    const [listed] = await listBackups();
    expect(listed!.createdAt).toBe(second.createdAt);
    // And the day after the (earlier) backup time, automatic backup is due again as usual.
    expect(autoBackupDue(activePhone(), environmentStore.getState(), second.createdAt + DAY_MS)).toBe(true);
  });
});
