import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { completeSignIn } from '../api/auth/linkAccount';
import { cloudWrite, dumpCloud } from '../cloud/db';
import { cloudConfig } from '../cloud/faults';
import { server } from '../cloud/node';
import { demoAccount } from '../cloud/demoAccount';
import { createAccount } from '../cloud/seed';
import { defaultSettings } from '../device/defaults';
import { clock, setNetwork } from '../device/environment';
import { resetPhone } from '../device/reset';
import { decryptSecret } from '../device/secrets';
import { activePhone, updatePhone } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { signInAs, withCloudServer } from '../test/cloud';
import { backUpNow } from './backupNow';
import { rangeSince, restoreFromBackup } from './restore';
import { restoreAfterLateSignIn } from './restoreLate';

withCloudServer();

const SD_APPS = ['halo', 'asphalt', 'modern-combat'];

/** The used phone backs up, is reset, and signs in again through the identity check. */
async function backedUpThenReset(): Promise<{ deviceId: string; messageCount: number; oldApps: string[] }> {
  await applyScenario('used-phone');
  setNetwork('wifi');
  await backUpNow();
  const before = activePhone();
  resetPhone();
  await completeSignIn(await signInAs(), demoAccount.password);
  return {
    deviceId: before.identity.deviceId,
    messageCount: before.messages.length,
    oldApps: before.apps.filter((a) => !a.builtIn).map((a) => a.id),
  };
}

describe('restoreFromBackup', () => {
  let deviceId: string;
  let messageCount: number;
  beforeEach(async () => {
    ({ deviceId, messageCount } = await backedUpThenReset());
  });

  it('brings back settings, layout, accounts, texts and calls, and not Wi-Fi, Data Sense, Storage Sense or photos', async () => {
    const summary = await restoreFromBackup({ deviceId, range: 'any' });
    const phone = activePhone();
    expect(phone.settings).toMatchObject({
      accent: 'cobalt',
      lockScreen: 'Bing daily image',
      ringtone: 'Lumia Tune',
      notifications: { toastSound: 'Xylophone', vibrate: true, quietHours: true },
      dictionary: ['Lumia', 'OneDrive', 'Cortana', 'Wordament'],
      email: { signature: 'Sent from my Lumia', conversations: true },
    });
    expect(phone.settings.favorites.map((f) => f.title)).toContain('Windows Central');
    expect(phone.settings.startTiles.map((t) => t.appId)).toContain('wordament');
    // Not restored: these stay as a new phone has them.
    const defaults = defaultSettings();
    expect(phone.settings.wifiNetworks).toEqual(defaults.wifiNetworks);
    expect(phone.settings.dataSenseLimitMb).toBe(defaults.dataSenseLimitMb);
    expect(phone.settings.storageSense).toEqual(defaults.storageSense);
    expect(phone.media).toEqual([]);
    expect(phone.messages).toHaveLength(messageCount);
    expect(phone.calls).toHaveLength(40);
    expect(phone.calls.every((c) => c.direction === 'missed' || c.durationSec > 0)).toBe(true);
    expect(phone.identity.phoneName).toBe('Lumia 930');
    expect(phone.setup.restore).toMatchObject({ deviceId, status: 'applied', error: null });
    expect(phone.setup.summary).toEqual(summary);
    expect(summary.restored.join('\n')).toMatch(/theme and accent color/);
    expect(summary.notRestored).toEqual(
      expect.arrayContaining(['Wi-Fi networks', 'Data Sense settings', 'Storage Sense settings']),
    );
  });

  it('brings store apps back as placeholders that download over Wi-Fi, with their app data', async () => {
    setNetwork('cellular');
    await restoreFromBackup({ deviceId, range: 'any' });
    const apps = activePhone().apps.filter((a) => !a.builtIn);
    expect(apps.map((a) => a.id).sort()).toEqual(
      [
        'angry-birds',
        'facebook',
        'here-maps',
        'sixtag',
        'skype',
        'whatsapp',
        'wikipedia',
        'wordament',
      ].sort(),
    );
    expect(apps.every((a) => a.installState === 'waiting-for-wifi' && a.downloadProgress === 0)).toBe(true);
    expect(apps.find((a) => a.id === 'wordament')?.appData).toEqual({ highScore: 1840, level: 37 });
    // Over 100 MB of app data: the app comes back, its data does not.
    expect(apps.find((a) => a.id === 'angry-birds')?.appData).toEqual({});
    expect(activePhone().setup.summary?.notRestored).toContain('app data over 100 MB: Angry Birds Star Wars');
  });

  it('marks the placeholders downloading when the phone is on Wi-Fi', async () => {
    await restoreFromBackup({ deviceId, range: 'any' });
    expect(
      activePhone()
        .apps.filter((a) => !a.builtIn)
        .every((a) => a.installState === 'downloading'),
    ).toBe(true);
  });

  it('does not reinstall apps that were on the SD card; their old content is other storage', async () => {
    const sdOther = activePhone().storage.sdOtherBytes;
    expect(sdOther).toBeGreaterThan(3 * 1024 ** 3);
    await restoreFromBackup({ deviceId, range: 'any' });
    const phone = activePhone();
    for (const id of SD_APPS) {
      expect(phone.apps.some((a) => a.id === id)).toBe(false);
      expect(phone.settings.startTiles.some((t) => t.appId === id)).toBe(false);
    }
    expect(phone.storage.sdOtherBytes).toBe(sdOther);
    expect(phone.setup.summary?.notRestored.join('\n')).toMatch(
      /apps on the SD card: Halo: Spartan Assault, Asphalt 8: Airborne, Modern Combat 4/,
    );
  });

  it('keeps only the texts of the chosen range', async () => {
    const now = clock.now();
    await restoreFromBackup({ deviceId, range: 'month' });
    const since = rangeSince('month', now);
    const { messages, threads } = activePhone();
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThan(messageCount);
    expect(messages.every((m) => m.at >= since)).toBe(true);
    // Only threads that have a message in range come back.
    expect(threads.every((t) => messages.some((m) => m.threadId === t.id))).toBe(true);
    expect(rangeSince('any', now)).toBe(0);
    expect(rangeSince('year', Date.UTC(2026, 10, 23))).toBe(Date.UTC(2025, 10, 23));
    expect(rangeSince('3months', Date.UTC(2026, 10, 23))).toBe(Date.UTC(2026, 7, 23));
  });

  it('restores passwords only when the identity check gave the phone its data key', async () => {
    await restoreFromBackup({ deviceId, range: 'any' });
    const phone = activePhone();
    expect(phone.setup.accountsNeedingPassword).toEqual([]);
    const outlook = phone.accounts.find((a) => a.id === 'acct-outlook')!;
    expect(await decryptSecret(phone.microsoftAccount!.dataKey!, outlook.password!)).toBe('Outlook-pass-1');
  });

  it('without the data key, every account needs its password typed again', async () => {
    updatePhone((p) => ({ ...p, microsoftAccount: { ...p.microsoftAccount!, dataKey: null } }));
    const summary = await restoreFromBackup({ deviceId, range: 'any' });
    const phone = activePhone();
    expect(phone.setup.accountsNeedingPassword.sort()).toEqual([
      'acct-exchange',
      'acct-google',
      'acct-outlook',
    ]);
    expect(phone.accounts.filter((a) => a.kind !== 'microsoft').every((a) => a.password === null)).toBe(true);
    expect(summary.notRestored.join('\n')).toMatch(/passwords of 3 accounts/);
  });

  it('a failed download changes nothing on the phone, and a retry finishes the restore', async () => {
    const before = activePhone();
    cloudConfig.inject({ kind: 'download', error: 'server-error' });
    await expect(restoreFromBackup({ deviceId, range: 'any' })).rejects.toThrow('The service had a problem');
    const failed = activePhone();
    expect(failed.setup.restore).toMatchObject({
      status: 'failed',
      error: 'The service had a problem. Try again later.',
    });
    expect({ ...failed, setup: before.setup }).toEqual(before);
    await restoreFromBackup({ deviceId, range: 'any' });
    expect(activePhone().setup.restore?.status).toBe('applied');
    expect(activePhone().settings.accent).toBe('cobalt');
  });

  it('a failure while fetching the texts (after the backup came down) also leaves the phone whole', async () => {
    server.use(
      http.get('*/api/devices/:deviceId/messages', () =>
        HttpResponse.json(
          { error: { code: 'server-error', message: 'The service had a problem. Try again later.' } },
          { status: 500 },
        ),
      ),
    );
    await expect(restoreFromBackup({ deviceId, range: 'any' })).rejects.toThrow('The service had a problem');
    expect(activePhone().messages).toEqual([]);
    expect(activePhone().settings.accent).toBe('cyan');
    expect(activePhone().apps.every((a) => a.builtIn)).toBe(true);
    server.resetHandlers();
    await restoreFromBackup({ deviceId, range: 'any' });
    expect(activePhone().messages).toHaveLength(messageCount);
  });

  it('offline: says so, and resumes once back online', async () => {
    setNetwork('offline');
    await expect(restoreFromBackup({ deviceId, range: 'any' })).rejects.toThrow("You're offline");
    expect(activePhone().setup.restore?.status).toBe('failed');
    setNetwork('wifi');
    await restoreFromBackup({ deviceId, range: 'any' });
    expect(activePhone().setup.restore?.status).toBe('applied');
  });

  it('a second start while one runs joins it instead of restoring twice', async () => {
    const [a, b] = [
      restoreFromBackup({ deviceId, range: 'any' }),
      restoreFromBackup({ deviceId, range: 'any' }),
    ];
    expect(a).toBe(b);
    await a;
  });

  it('changes nothing in the cloud', async () => {
    const before = await dumpCloud();
    await restoreFromBackup({ deviceId, range: 'year' });
    expect(await dumpCloud()).toEqual(before);
  });

  it("another account cannot restore this account's backup", async () => {
    const eve = await createAccount({
      email: 'eve@example.com',
      password: 'Eve-pass-1',
      displayName: 'Eve',
      contacts: [{ method: 'email', to: 'eve@x.com' }],
    });
    await cloudWrite((tx) => void tx.index.accounts.push(eve));
    await completeSignIn(await signInAs('eve@example.com', 'Eve-pass-1'), 'Eve-pass-1');
    // As if the phone did not exist: nothing tells Eve there is a backup of it.
    await expect(restoreFromBackup({ deviceId, range: 'any' })).rejects.toThrow('That device was not found.');
    expect(activePhone().settings.accent).toBe('cyan');
    expect(activePhone().messages).toEqual([]);
  });
});

describe('restore onto another phone', () => {
  it("the new Lumia 930 restores the old Lumia 920's backup", async () => {
    await applyScenario('two-phones');
    const newPhone = activePhone();
    expect(newPhone.identity.model).toBe('Lumia 930');
    await completeSignIn(await signInAs(), demoAccount.password);
    await restoreFromBackup({ deviceId: 'dev-lumia920-0001', range: 'any' });
    const phone = activePhone();
    expect(phone.identity.deviceId).toBe(newPhone.identity.deviceId);
    expect(phone.settings.accent).toBe('red');
    expect(phone.identity.phoneName).toBe('Windows Phone');
    expect(phone.messages.length).toBeGreaterThan(0);
    expect(phone.storage.sdOtherBytes).toBe(0);
    // This phone has no backup of its own yet; its texts will go up as its own.
    expect(phone.backup.lastBackupAt).toBeNull();
    expect(phone.backup.syncedMessageIds).toEqual([]);
  });
});

describe('signing in after skipping it in setup', () => {
  it('brings back texts and the theme and accent only', async () => {
    const { messageCount } = await backedUpThenReset();
    // As if setup had been skipped: no account, then a later sign-in.
    updatePhone((p) => ({
      ...p,
      microsoftAccount: null,
      accounts: [],
      setup: { ...p.setup, skippedSignIn: true, complete: true },
    }));
    expect(await restoreAfterLateSignIn()).toBeNull();
    await completeSignIn(await signInAs(), demoAccount.password);
    const summary = await restoreAfterLateSignIn();
    const phone = activePhone();
    expect(summary?.restored).toEqual([`text messages (${messageCount})`, 'theme and accent color']);
    expect(phone.settings.accent).toBe('cobalt');
    expect(phone.messages).toHaveLength(messageCount);
    expect(phone.apps.every((a) => a.builtIn)).toBe(true);
    expect(phone.settings.startTiles).toEqual(defaultSettings().startTiles);
    expect(phone.accounts.map((a) => a.kind)).toEqual(['microsoft']);
    expect(phone.calls).toEqual([]);
    expect(phone.setup.skippedSignIn).toBe(false);
    // Kept, for the control panel's restore summary.
    expect(phone.setup.summary).toEqual(summary);
    // Done once: a second call does nothing.
    expect(await restoreAfterLateSignIn()).toBeNull();
  });
});
