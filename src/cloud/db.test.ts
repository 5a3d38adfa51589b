import { get, set } from 'idb-keyval';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getStorage } from '../api/storage/getStorage';
import { idbStore } from '../lib/persistStorage';
import { notices } from '../lib/notices';
import { signInAs, withCloudServer } from '../test/cloud';
import { CLOUD_DB, dropCloudCache } from './db';
import { emptyCloud } from './schema';
import { server } from './node';

withCloudServer();

describe('the cloud store', () => {
  it('starts fresh on an unreadable store, keeps the copy, and the demo account still signs in', async () => {
    await set('index', { version: 1, accounts: 'garbage' }, idbStore(CLOUD_DB));
    await set('rev', 7, idbStore(CLOUD_DB));
    dropCloudCache();
    const session = await signInAs();
    expect(session.account.email).toBe('demo@outlook.com');
    expect(await get('index:unreadable', idbStore(CLOUD_DB))).toEqual({ version: 1, accounts: 'garbage' });
    expect(notices.store.getState().items.map((n) => n.id)).toContain('cloud-unreadable');
  });

  it('sees what another tab wrote (a newer revision on disk)', async () => {
    const { cloudRead, cloudWrite } = await import('./db');
    await cloudRead((i) => i.accounts.length);
    // Another tab: bump the stored index behind this tab's cached copy.
    const index = await get('index', idbStore(CLOUD_DB));
    await set(
      'index',
      { ...index, deliveries: [{ channel: 'email', to: 'x@y.z', code: '123456', at: 1 }] },
      idbStore(CLOUD_DB),
    );
    await set('rev', ((await get<number>('rev', idbStore(CLOUD_DB))) ?? 0) + 1, idbStore(CLOUD_DB));
    expect(await cloudRead((i) => i.deliveries.length)).toBe(1);
    await cloudWrite((tx) => void (tx.index.deliveries = []));
    expect(await cloudRead((i) => i.deliveries.length)).toBe(0);
  });
});

describe('replacing the cloud', () => {
  it('replaces every key at once', async () => {
    const { dumpCloud, replaceCloud } = await import('./db');
    await set('left-over', 1, idbStore(CLOUD_DB));
    await replaceCloud({ index: { version: 1 }, rev: 5, 'messages:x': { messages: [] } });
    expect(await dumpCloud()).toEqual({ index: { version: 1 }, rev: 5, 'messages:x': { messages: [] } });
  });

  it('changes nothing when a value cannot be stored', async () => {
    const { dumpCloud, replaceCloud } = await import('./db');
    await replaceCloud({ index: { version: 1 }, rev: 5 });
    const unstorable = { index: { version: 2 }, rev: 6, 'backup:x': { run: () => 1 } };
    await expect(replaceCloud(unstorable)).rejects.toThrow('() => 1 could not be cloned.');
    expect(await dumpCloud()).toEqual({ index: { version: 1 }, rev: 5 });
  });

  it('holds the lock while the entries are still coming, and says when they are copied in', async () => {
    const { cloudRead, dumpCloud, replaceCloud } = await import('./db');
    let arrive!: (entries: Record<string, unknown>) => void;
    const coming = new Promise<Record<string, unknown>>((resolve) => (arrive = resolve));
    const events: string[] = [];
    const replaced = replaceCloud(coming, () => events.push('copied'));
    // A read that starts meanwhile queues behind the replacement and sees what it stored.
    const read = cloudRead(async (_, readBlob) => {
      events.push('read');
      return readBlob('messages:x');
    });
    await Promise.resolve();
    expect(events).toEqual([]);
    arrive({ index: emptyCloud(), rev: 7, 'messages:x': { messages: ['hi'] } });
    await replaced;
    events.push('stored');
    expect(events[0]).toBe('copied');
    await expect(read).resolves.toEqual({ messages: ['hi'] });
    expect(await dumpCloud()).toMatchObject({ rev: 7, 'messages:x': { messages: ['hi'] } });
  });

  it('changes nothing when the entries never come', async () => {
    const { dumpCloud, replaceCloud } = await import('./db');
    await replaceCloud({ index: { version: 1 }, rev: 5 });
    const copied = vi.fn();
    await expect(replaceCloud(Promise.reject(new Error('build failed')), copied)).rejects.toThrow(
      'build failed',
    );
    expect(copied).not.toHaveBeenCalled();
    expect(await dumpCloud()).toEqual({ index: { version: 1 }, rev: 5 });
  });
});

describe('the client', () => {
  it('refuses an answer that fails its schema with a clear error', async () => {
    await signInAs().then(async (s) => {
      const { completeSignIn } = await import('../api/auth/linkAccount');
      const { replacePhones } = await import('../device/store');
      const { outOfBoxDevice } = await import('../device/defaults');
      const phone = outOfBoxDevice();
      replacePhones({ activePhoneId: phone.identity.deviceId, phones: { [phone.identity.deviceId]: phone } });
      await completeSignIn(s, 'Lumia-930');
    });
    server.use(http.get('*/api/me/storage', () => HttpResponse.json({ usedBytes: 'lots' })));
    await expect(getStorage()).rejects.toMatchObject({
      code: 'bad-response',
      message: expect.stringMatching(/could not read/),
    });
  });

  it('turns a body that is not JSON into a server error, not a crash', async () => {
    server.use(http.get('*/api/me/storage', () => new HttpResponse('<html>oops</html>', { status: 502 })));
    await expect(getStorage()).rejects.toMatchObject({ status: 502, code: 'server-error' });
  });
});
