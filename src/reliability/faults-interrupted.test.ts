/**
 * Issue #6, faults 6, 7, 12 and 13 at engine level: a reload mid-backup or mid-restore, the backup
 * deleted from another tab during a restore and the clock set backwards each leave the device
 * model, the last committed backup and the cloud store as they were (see docs/reliability.md).
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { completeSignIn } from '../api/auth/linkAccount';
import { beginUpload, uploadPart } from '../api/backups/uploads';
import { deleteBackup } from '../api/backups/deleteBackup';
import { getBackups } from '../api/backups/getBackups';
import { autoBackupDue, DAY_MS, runScheduledBackups } from '../backup/autoBackup';
import { backUpNow } from '../backup/backupNow';
import { restoreFromBackup, restoreInProgress } from '../backup/restore';
import { backupParts } from '../backup/snapshot';
import { dumpCloud } from '../cloud/db';
import { server } from '../cloud/node';
import { demoAccount } from '../cloud/demoAccount';
import { clock, environmentStore } from '../device/environment';
import { resetPhone } from '../device/reset';
import { activePhone, deviceStore, replacePhones } from '../device/store';
import { writesSettled } from '../lib/persistStorage';
import { signInAs } from '../test/cloud';
import { simulateReload } from '../test/reload';
import { expectFaultLeftEverything, snapshotAll, setUpFaultTests } from '../test/faultHarness';

setUpFaultTests();

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
    await simulateReload();
    await expectFaultLeftEverything(before);
    expect((await getBackups())[0]!.createdAt).toBe(first.createdAt);

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
    // The page comes back with what was saved then: a restore marked running, nothing applied.
    replacePhones(savedAtReload!);
    await writesSettled();
    await simulateReload();
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
    expect(await getBackups()).toEqual([]);
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
    expect(await getBackups()).toEqual([]);
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
    const [listed] = await getBackups();
    expect(listed!.createdAt).toBe(second.createdAt);
    // And the day after the (earlier) backup time, automatic backup is due again as usual.
    expect(autoBackupDue(activePhone(), environmentStore.getState(), second.createdAt + DAY_MS)).toBe(true);
  });
});
