import { beforeEach, describe, expect, it } from 'vitest';
import { getStorage } from '../api/storage/getStorage';
import { cloudRead, cloudWrite } from '../cloud/db';
import { clock, setNetwork, setPower } from '../device/environment';
import { activePhone, updatePhone } from '../device/store';
import type { BackupSettings } from '../device/schema';
import { applyScenario } from '../emulator/scenarios/apply';
import { withCloudServer } from '../test/cloud';
import { DAY_MS, runScheduledBackups } from './autoBackup';
import { mediaUploadDue, uploadPendingMedia, uploadableMedia } from './photos';
import { setAppBackup, setSettingsBackup } from './settings';

withCloudServer();

const choose = (photos: BackupSettings['photos'], videos: BackupSettings['videos'] = 'off') =>
  updatePhone((p) => ({ ...p, backup: { ...p.backup, photos, videos } }));
const uploadedIds = () =>
  activePhone()
    .media.filter((m) => m.uploaded)
    .map((m) => m.id);
const cameraRoll = () => cloudRead((i) => i.cameraRoll.map((p) => p.id));
const countOf = (kind: 'photo' | 'video') => activePhone().media.filter((m) => m.kind === kind).length;

beforeEach(async () => {
  await applyScenario('used-phone');
  setNetwork('wifi');
  setPower('plugged');
});

describe('photo and video upload', () => {
  it('registers a phone the cloud does not know yet (no backup, no texts synced)', async () => {
    // The scenario's phone has synced its texts; make it one the cloud has never heard of.
    await cloudWrite((tx) => {
      tx.index.devices = [];
      tx.index.messageStores = [];
    });
    choose('good');
    expect(await cloudRead((i) => i.devices.length)).toBe(0);
    expect(await uploadPendingMedia()).toMatchObject({ uploaded: countOf('photo'), stopped: null });
    expect(await cloudRead((i) => i.devices.map((d) => d.id))).toEqual([activePhone().identity.deviceId]);
  });

  it('uploads nothing while both are off', async () => {
    expect(await uploadPendingMedia()).toEqual({ uploaded: 0, pending: 0, stopped: null });
    expect(await cameraRoll()).toEqual([]);
  });

  it('good quality uploads photos over cellular data, not videos that are off', async () => {
    choose('good');
    setNetwork('cellular');
    const before = await getStorage();
    const result = await uploadPendingMedia();
    expect(result).toMatchObject({ uploaded: countOf('photo'), pending: 0, stopped: null });
    const photos = activePhone().media.filter((m) => m.kind === 'photo');
    expect(photos.every((m) => m.uploaded)).toBe(true);
    expect(
      activePhone()
        .media.filter((m) => m.kind === 'video')
        .some((m) => m.uploaded),
    ).toBe(false);
    expect((await cameraRoll()).sort()).toEqual(uploadedIds().sort());
    const after = await getStorage();
    expect(after.usedBytes - before.usedBytes).toBe(photos.reduce((s, m) => s + m.sizeBytes, 0));
  });

  it('best quality waits for Wi-Fi, for photos and videos alike', async () => {
    choose('best', 'best');
    setNetwork('cellular');
    expect(uploadableMedia(activePhone(), { network: 'cellular' })).toEqual([]);
    expect(await uploadPendingMedia()).toMatchObject({ uploaded: 0, stopped: 'not-allowed' });
    expect(await cameraRoll()).toEqual([]);
    setNetwork('wifi');
    expect(await uploadPendingMedia()).toMatchObject({
      uploaded: activePhone().media.length,
      pending: 0,
      stopped: null,
    });
    expect(activePhone().media.every((m) => m.uploaded)).toBe(true);
  });

  it('videos at best quality do not go over cellular even when photos do', async () => {
    choose('good', 'best');
    setNetwork('cellular');
    await uploadPendingMedia();
    expect(
      activePhone()
        .media.filter((m) => m.uploaded)
        .every((m) => m.kind === 'photo'),
    ).toBe(true);
    expect(uploadedIds()).toHaveLength(countOf('photo'));
  });

  it('does nothing offline', async () => {
    choose('good', 'best');
    setNetwork('offline');
    expect(await uploadPendingMedia()).toMatchObject({ uploaded: 0, stopped: 'not-allowed' });
    expect(uploadedIds()).toEqual([]);
  });

  it('does nothing when signed out', async () => {
    choose('good');
    updatePhone((p) => ({ ...p, microsoftAccount: null }));
    expect(await uploadPendingMedia()).toMatchObject({ uploaded: 0 });
    expect(await cameraRoll()).toEqual([]);
  });

  it('stops when OneDrive is full and records only what the cloud has', async () => {
    choose('good', 'best');
    // Leave room for about 10 MB of photos.
    const { usedBytes, quotaBytes } = await getStorage();
    await cloudWrite((tx) => {
      const a = tx.index.accounts.find((x) => x.id === 'acc-demo')!;
      a.otherBytes += quotaBytes - usedBytes - 10 * 1024 * 1024;
    });
    const result = await uploadPendingMedia();
    expect(result.stopped).toBe('quota-full');
    expect(result.uploaded).toBeGreaterThan(0);
    expect(result.uploaded).toBeLessThan(activePhone().media.length);
    expect(result.pending).toBe(activePhone().media.length - result.uploaded);
    expect((await cameraRoll()).sort()).toEqual(uploadedIds().sort());
    const after = await getStorage();
    expect(after.usedBytes).toBeLessThanOrEqual(after.quotaBytes);
    // The scheduler leaves a full OneDrive alone for a while.
    expect(
      mediaUploadDue(
        activePhone(),
        {
          network: 'wifi',
          power: 'plugged',
          batteryLevel: 80,
          clock: { anchorEmu: 0, anchorReal: 0, running: false },
        },
        clock.now(),
      ),
    ).toBe(false);
  });

  it('keeps the media waiting when the cloud fails, and a later run finishes', async () => {
    choose('good');
    const { cloudConfig } = await import('../cloud/faults');
    cloudConfig.inject({ kind: 'upload', error: 'server-error' });
    await expect(uploadPendingMedia()).rejects.toMatchObject({ status: 500 });
    expect(uploadedIds()).toEqual([]);
    await expect(uploadPendingMedia()).resolves.toMatchObject({ uploaded: countOf('photo'), stopped: null });
  });

  it('runs one upload at a time', async () => {
    choose('good');
    const [a, b] = await Promise.all([uploadPendingMedia(), uploadPendingMedia()]);
    expect(a).toBe(b);
    expect(await cameraRoll()).toHaveLength(countOf('photo'));
  });

  it('goes up with the scheduled backups', async () => {
    choose('best', 'best');
    clock.advance(DAY_MS + 1000);
    await runScheduledBackups();
    expect(activePhone().backup.lastBackupAt).not.toBeNull();
    expect(activePhone().media.every((m) => m.uploaded)).toBe(true);
  });
});

describe('backup choices', () => {
  it('turning settings backup off turns app backup off; on again records when', () => {
    setSettingsBackup(false);
    expect(activePhone().backup).toMatchObject({ settingsBackup: false, appBackup: false });
    setAppBackup(true);
    expect(activePhone().backup.appBackup).toBe(false);
    clock.set(Date.UTC(2026, 10, 25, 8, 0));
    setSettingsBackup(true);
    expect(activePhone().backup).toMatchObject({
      settingsBackup: true,
      appBackup: false,
      enabledAt: Date.UTC(2026, 10, 25, 8, 0),
    });
    setAppBackup(true);
    expect(activePhone().backup.appBackup).toBe(true);
  });
});
