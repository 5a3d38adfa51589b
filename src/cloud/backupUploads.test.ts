/**
 * Issue #18, findings 7, 8 and 9 at the cloud's door, and the Low items about uploads: a phone
 * backs up under whichever account it is signed in to, a commit can be asked again and answers
 * the same, a backup has one settings part and at most one app part (each checked against its
 * schema), staged bytes count and expire, and an account has a bounded number of phones.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { completeSignIn } from '../api/auth/linkAccount';
import { beginUpload, commitUpload, uploadPart } from '../api/backups/uploads';
import { getBackups } from '../api/backups/getBackups';
import { cloudRequest } from '../api/client';
import { getStorage } from '../api/storage/getStorage';
import { uploadToCameraRoll } from '../api/onedrive/uploadToCameraRoll';
import { backUpNow } from '../backup/backupNow';
import { backupParts } from '../backup/snapshot';
import { clock, setNetwork, setPower } from '../device/environment';
import { resetPhone } from '../device/reset';
import { activePhone } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { unreferencedBlobs } from '../test/cloudBlobs';
import { failure, signInAs, withCloudServer } from '../test/cloud';
import { cloudRead, cloudWrite, dumpCloud } from './db';
import { jsonSize } from './oneDriveUse';
import { createAccount } from './seed';

withCloudServer();

beforeEach(async () => {
  await applyScenario('used-phone');
  setNetwork('wifi');
  setPower('plugged');
});

const phone = () => activePhone();
const deviceId = () => phone().identity.deviceId;
const begin = (partCount: number, id = deviceId()) =>
  beginUpload(id, { phoneName: 'Lumia 930', model: 'Lumia 930', partCount });

async function addAccount(email: string, password: string) {
  const account = await createAccount({
    email,
    password,
    displayName: email,
    contacts: [{ method: 'email', to: `home.${email}` }],
  });
  await cloudWrite((tx) => void tx.index.accounts.push(account));
  return account;
}

describe('finding 7: a phone reset and set up with another account backs up there', () => {
  it('backs up under the new account; the first account keeps its own backup of that phone', async () => {
    const first = await backUpNow();
    resetPhone();
    await addAccount('eve@example.com', 'Eve-pass-1');
    await completeSignIn(await signInAs('eve@example.com', 'Eve-pass-1'), 'Eve-pass-1');
    const second = await backUpNow();
    const listed = await getBackups();
    expect(listed.map((b) => [b.deviceId, b.createdAt])).toEqual([[deviceId(), second.createdAt]]);
    // The demo account still has the backup made before the reset.
    await completeSignIn(await signInAs(), 'Lumia-930');
    expect((await getBackups()).map((b) => b.createdAt)).toEqual([first.createdAt]);
  });
});

describe('finding 8: a commit asked again answers the same backup', () => {
  it('committing an upload twice keeps one backup, and the second answer is the first one', async () => {
    const parts = backupParts(phone());
    const { uploadId } = await begin(parts.length);
    for (const [n, part] of parts.entries()) await uploadPart(deviceId(), uploadId, n, part);
    const once = await commitUpload(deviceId(), uploadId);
    clock.advance(60_000);
    const twice = await commitUpload(deviceId(), uploadId);
    expect(twice).toEqual(once);
    expect((await getBackups()).map((b) => b.createdAt)).toEqual([once.createdAt]);
  });
});

describe('finding 9: a backup has one part of each kind, each as its schema says', () => {
  it('refuses a second part of the same kind, leaves no bytes behind, and counts what it keeps', async () => {
    await backUpNow();
    const usedBefore = (await getStorage()).usedBytes;
    const [settings] = backupParts(phone());
    const { uploadId } = await begin(2);
    await uploadPart(deviceId(), uploadId, 0, settings!);
    const twice = await failure(uploadPart(deviceId(), uploadId, 1, settings!));
    expect(twice).toMatchObject({ status: 409 });
    expect(await failure(commitUpload(deviceId(), uploadId))).toMatchObject({ status: 409 });
    // Staged, the one settings part counts against the quota; nothing else was kept.
    const staged = (await cloudRead((index) => index.uploads[0]!.parts['0']!.sizeBytes)) ?? 0;
    expect((await getStorage()).usedBytes).toBe(usedBefore + staged);
    expect(await unreferencedBlobs()).toEqual([]);
  });

  it('refuses more parts than a backup has kinds', async () => {
    expect(await failure(begin(3))).toMatchObject({ status: 400 });
  });

  it('refuses a part whose payload is not a snapshot of its kind', async () => {
    const { uploadId } = await begin(1);
    for (const payload of [{}, { version: 1, apps: 'lots' }, 'x'.repeat(10), null]) {
      expect(await failure(uploadPart(deviceId(), uploadId, 0, { kind: 'settings', payload }))).toMatchObject(
        {
          status: 400,
        },
      );
    }
    expect(await unreferencedBlobs()).toEqual([]);
  });

  it('refuses to commit a backup without its settings part', async () => {
    const apps = backupParts(phone()).find((p) => p.kind === 'apps')!;
    const { uploadId } = await begin(1);
    await uploadPart(deviceId(), uploadId, 0, apps);
    expect(await failure(commitUpload(deviceId(), uploadId))).toMatchObject({ status: 409 });
    expect(await getBackups()).toEqual([]);
  });
});

describe('staged uploads', () => {
  it('count against the quota: a part that does not fit is refused as it arrives', async () => {
    const usedBefore = (await getStorage()).usedBytes;
    const [settings, apps] = backupParts(phone());
    const { uploadId } = await begin(2);
    await uploadPart(deviceId(), uploadId, 0, settings!);
    const staged = await cloudRead((index) => index.uploads[0]!.parts['0']!.sizeBytes);
    // The app part (its JSON and its declared app data) would fit alone, not beside the staged part.
    const appBytes = jsonSize(apps!.payload) + apps!.declaredBytes;
    await cloudWrite((tx) => void (tx.index.accounts[0]!.quotaBytes = usedBefore + staged + appBytes - 1));
    expect(await failure(uploadPart(deviceId(), uploadId, 1, apps!))).toMatchObject({ status: 507 });
    const storage = await getStorage();
    expect(storage.usedBytes).toBe(usedBefore + staged);
    expect(storage.usedBytes).toBeLessThanOrEqual(storage.quotaBytes);
  });

  it('expire after 24 hours: their bytes are no longer counted, and they go with the next change', async () => {
    const usedBefore = (await getStorage()).usedBytes;
    const [settings] = backupParts(phone());
    const { uploadId } = await begin(1);
    await uploadPart(deviceId(), uploadId, 0, settings!);
    expect((await getStorage()).usedBytes).toBeGreaterThan(usedBefore);
    clock.advance(24 * 3600 * 1000 + 1000);
    expect((await getStorage()).usedBytes).toBe(usedBefore);
    expect(await failure(commitUpload(deviceId(), uploadId))).toMatchObject({ status: 404 });
    await backUpNow();
    expect(Object.keys(await dumpCloud()).filter((k) => k.includes(uploadId))).toEqual([]);
    expect(await unreferencedBlobs()).toEqual([]);
  });
});

describe('phones per account', () => {
  it('an account has at most 10 phones; the eleventh is refused with a clear message', async () => {
    // The used phone is one already.
    for (let i = 1; i < 10; i++) await begin(1, `dev-extra-${i}`);
    const refused = await failure(begin(1, 'dev-extra-10'));
    expect(refused).toMatchObject({ status: 409, code: 'too-many-phones' });
    expect(refused.message).toMatch(/10 phones/);
    // A phone it already has still backs up.
    await expect(backUpNow()).resolves.toHaveProperty('createdAt');
  });
});

describe('the camera roll', () => {
  it('keeps items by phone: the same item id from two phones is two items', async () => {
    const item = { id: 'IMG_0001', kind: 'photo' as const, sizeBytes: 1000, takenAt: clock.now() };
    const phoneInfo = { phoneName: 'Lumia 930', model: 'Lumia 930' };
    await uploadToCameraRoll(deviceId(), [item], phoneInfo);
    await uploadToCameraRoll('dev-other-phone', [item], phoneInfo);
    expect(await cloudRead((index) => index.cameraRoll.map((p) => [p.deviceId, p.id]))).toEqual([
      [deviceId(), 'IMG_0001'],
      ['dev-other-phone', 'IMG_0001'],
    ]);
  });

  it('refuses an item without a size', async () => {
    const item = { id: 'IMG_0002', kind: 'photo' as const, sizeBytes: 0, takenAt: clock.now() };
    expect(await failure(uploadToCameraRoll(deviceId(), [item]))).toMatchObject({ status: 400 });
  });
});

describe('the store protects its own keys', () => {
  it('no write can delete or replace the index as if it were a blob', async () => {
    for (const key of ['index', 'rev']) {
      await expect(cloudWrite((tx) => tx.deleteBlob(key))).rejects.toThrow(
        `"${key}" is not a blob of the cloud`,
      );
      await expect(cloudWrite((tx) => tx.putBlob(key, {}))).rejects.toThrow(
        `"${key}" is not a blob of the cloud`,
      );
    }
    expect(await cloudRead((index) => index.accounts.length)).toBe(1);
    // A request naming the index as a device does not reach the store either.
    expect(await failure(cloudRequest('/api/devices/index/backup'))).toMatchObject({ status: 404 });
  });
});
