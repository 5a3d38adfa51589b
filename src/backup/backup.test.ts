import { beforeEach, describe, expect, it } from 'vitest';
import { getBackups } from '../api/backups/getBackups';
import { getBackup } from '../api/backups/getBackup';
import { getStorage } from '../api/storage/getStorage';
import { completeSignIn } from '../api/auth/linkAccount';
import { cloudConfig } from '../cloud/faults';
import { cloudRead, cloudWrite, dumpCloud } from '../cloud/db';
import { server } from '../cloud/node';
import { demoAccount } from '../cloud/demoAccount';
import { clock, setNetwork, setPower, environmentStore } from '../device/environment';
import { activePhone, updatePhone } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { signInAs, withCloudServer } from '../test/cloud';
import { autoBackupDue, DAY_MS, runScheduledBackups } from './autoBackup';
import { backUpNow, BACKUP_BUSY_MESSAGE, BACKUP_FAILED_MESSAGE } from './backupNow';
import { syncMessages } from './messages';
import { appsSnapshot, APP_DATA_LIMIT_BYTES, backupParts } from './snapshot';

withCloudServer();

beforeEach(async () => {
  await applyScenario('used-phone');
  setNetwork('wifi');
  setPower('plugged');
});

describe('the snapshot', () => {
  it('covers what settings backup lists, and not Wi-Fi, Data Sense or Storage Sense', () => {
    const [settings] = backupParts(activePhone());
    expect(settings!.kind).toBe('settings');
    const keys = Object.keys(settings!.payload);
    for (const k of [
      'startTiles',
      'theme',
      'accent',
      'lockScreen',
      'ringtone',
      'notifications',
      'accounts',
      'calls',
      'favorites',
      'dictionary',
      'installedApps',
    ])
      expect(keys).toContain(k);
    for (const k of ['wifiNetworks', 'dataSenseLimitMb', 'storageSense']) expect(keys).not.toContain(k);
  });

  it('leaves out app data when app backup is off, and everything when settings backup is off', () => {
    updatePhone((p) => ({ ...p, backup: { ...p.backup, appBackup: false } }));
    expect(backupParts(activePhone()).map((p) => p.kind)).toEqual(['settings']);
    updatePhone((p) => ({ ...p, backup: { ...p.backup, settingsBackup: false } }));
    expect(backupParts(activePhone())).toEqual([]);
  });

  it('skips and names apps whose data is over 100 MB', () => {
    updatePhone((p) => ({
      ...p,
      apps: p.apps.map((a) => (a.id === 'wordament' ? { ...a, appDataBytes: APP_DATA_LIMIT_BYTES + 1 } : a)),
    }));
    const snap = appsSnapshot(activePhone());
    expect(snap.skipped.map((a) => a.name)).toContain('Wordament');
    expect(snap.apps.map((a) => a.id)).not.toContain('wordament');
    expect(snap.apps.map((a) => a.id)).toContain('whatsapp');
    // Exactly at the limit still fits.
    updatePhone((p) => ({
      ...p,
      apps: p.apps.map((a) => (a.id === 'wordament' ? { ...a, appDataBytes: APP_DATA_LIMIT_BYTES } : a)),
    }));
    expect(appsSnapshot(activePhone()).apps.map((a) => a.id)).toContain('wordament');
  });
});

describe('back up now', () => {
  it('uploads in parts, commits once, and records the time', async () => {
    clock.set(Date.UTC(2026, 10, 23, 21, 14));
    const outcome = await backUpNow();
    expect(activePhone().backup.lastBackupAt).toBe(outcome.createdAt);
    const [backup] = await getBackups();
    expect(backup!.deviceId).toBe(activePhone().identity.deviceId);
    expect(backup!.parts.settings).not.toBeNull();
    expect(backup!.parts.apps).not.toBeNull();
    expect(outcome.skippedApps).toContain('Angry Birds Star Wars');
  });

  for (const [kind, error] of [
    ['upload', 'server-error'],
    ['commit', 'server-error'],
    ['commit', 'quota-full'],
    ['upload', 'quota-full'],
  ] as const) {
    it(`a ${error} on ${kind} leaves the previous backup whole`, async () => {
      const first = await backUpNow();
      const before = await dumpCloud();
      updatePhone((p) => ({ ...p, settings: { ...p.settings, accent: 'red' } }));
      cloudConfig.inject({ kind, error });
      await expect(backUpNow()).rejects.toThrow(BACKUP_FAILED_MESSAGE);
      const detail = await getBackup(activePhone().identity.deviceId);
      expect((detail.settings as { accent: string }).accent).toBe('cobalt');
      expect(detail.createdAt).toBe(first.createdAt);
      expect(activePhone().backup.lastBackupAt).toBe(first.createdAt);
      const after = await dumpCloud();
      for (const key of Object.keys(before).filter((k) => k.startsWith('backup') || k.startsWith('staged')))
        expect(after[key]).toEqual(before[key]);
    });
  }

  it('fails with the message when offline, and a later backup succeeds', async () => {
    setNetwork('offline');
    await expect(backUpNow()).rejects.toThrow(BACKUP_FAILED_MESSAGE);
    setNetwork('wifi');
    await expect(backUpNow()).resolves.toHaveProperty('createdAt');
  });

  it('refuses when the OneDrive is full, keeping nothing half-written', async () => {
    await applyScenario('almost-full');
    await expect(backUpNow()).rejects.toThrow(BACKUP_FAILED_MESSAGE);
    expect(await getBackups()).toEqual([]);
    const storage = await getStorage();
    expect(storage.usedBytes).toBeLessThanOrEqual(storage.quotaBytes);
  });

  it('backs up the heavy phone, whose app data adds up to gigabytes', async () => {
    await applyScenario('heavy-phone');
    const outcome = await backUpNow();
    expect(outcome.sizeBytes).toBeGreaterThan(1024 ** 3);
    expect((await getBackups())[0]!.parts.apps).not.toBeNull();
  });

  it('runs one backup at a time: the second is refused before it asks the cloud anything', async () => {
    let begun = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/backup/uploads')) begun += 1;
    });
    const [a, b] = await Promise.allSettled([backUpNow(), backUpNow()]);
    expect(a.status).toBe('fulfilled');
    expect(b).toMatchObject({ status: 'rejected', reason: { message: BACKUP_BUSY_MESSAGE } });
    expect(begun).toBe(1);
  });

  it('never stores a password in plain text, in the cloud or in a backup', async () => {
    await backUpNow();
    const everything = JSON.stringify(await dumpCloud());
    for (const secret of [demoAccount.password, 'Outlook-pass-1', 'Google-pass-2', 'Exchange-pass-3'])
      expect(everything).not.toContain(secret);
  });
});

describe('text messages', () => {
  it('back up incrementally', async () => {
    // The scenario's phone is in step with its cloud; start from texts never backed up.
    await cloudWrite((tx) => {
      tx.index.messageStores = [];
    });
    updatePhone((p) => ({ ...p, backup: { ...p.backup, lastMessageSyncAt: null, syncedMessageIds: [] } }));
    const first = await syncMessages();
    expect(first).toBe(activePhone().messages.length);
    expect(first).toBe(activePhone().messages.length);
    expect(await syncMessages()).toBe(0);
    updatePhone((p) => ({
      ...p,
      messages: [
        ...p.messages,
        {
          id: 'new-1',
          threadId: p.threads[0]!.id,
          direction: 'in',
          kind: 'sms',
          body: 'hi',
          at: clock.now(),
        },
      ],
    }));
    expect(await syncMessages()).toBe(1);
    const count = await cloudRead((i) => i.messageStores[0]!.count);
    expect(count).toBe(first + 1);
  });
});

describe('automatic backup', () => {
  it('is due a day later on Wi-Fi and power, not on battery', () => {
    const phone = activePhone();
    const env = environmentStore.getState();
    const since = phone.backup.enabledAt!;
    expect(autoBackupDue(phone, env, since + DAY_MS - 1)).toBe(false);
    expect(autoBackupDue(phone, env, since + DAY_MS)).toBe(true);
    expect(autoBackupDue(phone, { ...env, power: 'battery' }, since + DAY_MS)).toBe(false);
    expect(autoBackupDue(phone, { ...env, network: 'cellular' }, since + DAY_MS)).toBe(false);
    expect(autoBackupDue(phone, { ...env, network: 'cellular' }, since + 21 * DAY_MS)).toBe(true);
  });

  it('happens when the clock moves on a day', async () => {
    clock.advance(DAY_MS + 1000);
    await runScheduledBackups();
    expect(activePhone().backup.lastBackupAt).not.toBeNull();
  });
});

describe('accounts', () => {
  it('another account never sees, reads or deletes these backups', async () => {
    await backUpNow();
    const deviceId = activePhone().identity.deviceId;
    const { createAccount } = await import('../cloud/seed');
    const { cloudWrite } = await import('../cloud/db');
    const other = await createAccount({
      email: 'eve@example.com',
      password: 'Eve-pass-1',
      displayName: 'Eve',
      contacts: [{ method: 'email', to: 'eve@x.com' }],
    });
    await cloudWrite((tx) => void tx.index.accounts.push(other));
    const session = await signInAs('eve@example.com', 'Eve-pass-1');
    await completeSignIn(session, 'Eve-pass-1');
    expect(await getBackups()).toEqual([]);
    await expect(getBackup(deviceId)).rejects.toMatchObject({ status: 404 });
    const { deleteBackup } = await import('../api/backups/deleteBackup');
    await expect(deleteBackup(deviceId, ['settings', 'apps'])).rejects.toMatchObject({ status: 404 });
  });
});
