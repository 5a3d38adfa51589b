import { clear, get, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idbStore } from '../lib/persistStorage';
import { notices } from '../lib/notices';
import { outOfBoxDevice } from './defaults';
import {
  activePhone,
  deviceStore,
  DEVICE_DB,
  DEVICE_KEY,
  phonesSchema,
  replacePhones,
  updatePhone,
} from './store';

const db = () => idbStore(DEVICE_DB);

async function saved(): Promise<
  { state: { phones: Record<string, { identity: { phoneName: string } }> } } | undefined
> {
  return get(DEVICE_KEY, db());
}

/** Persist writes after setState without a promise to await: wait for the saved copy to match. */
async function waitForSave(check: (v: Awaited<ReturnType<typeof saved>>) => boolean) {
  for (let i = 0; i < 100; i++) {
    if (check(await saved())) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the phone was not saved');
}

beforeEach(async () => {
  await clear(db());
  notices.store.setState({ items: [] });
  const phone = outOfBoxDevice({ deviceId: 'dev-test' });
  replacePhones({ activePhoneId: 'dev-test', phones: { 'dev-test': phone } });
});
afterEach(() => notices.store.setState({ items: [] }));

describe('device persistence', () => {
  it('round-trips the phone through IndexedDB', async () => {
    updatePhone((p) => ({ ...p, identity: { ...p.identity, phoneName: 'Ana’s Lumia 📱 هاتف' } }));
    await waitForSave((v) => v?.state.phones['dev-test']?.identity.phoneName === 'Ana’s Lumia 📱 هاتف');
    const read = await deviceStore.persist.getOptions().storage!.getItem(DEVICE_KEY);
    expect(read?.state).toEqual(deviceStore.getState());
  });

  it('migrates the single-phone format of version 0', async () => {
    const phone = outOfBoxDevice({ deviceId: 'dev-old' });
    await set(
      DEVICE_KEY,
      { state: { phone: { ...phone, identity: { ...phone.identity, phoneName: 'Old' } } }, version: 0 },
      db(),
    );
    await deviceStore.persist.rehydrate();
    expect(deviceStore.getState().activePhoneId).toBe('dev-old');
    expect(activePhone().identity.phoneName).toBe('Old');
    expect(notices.store.getState().items).toEqual([]);
  });

  it('starts fresh on unreadable data, keeps the copy and says so once', async () => {
    // A set-up phone saved with one field no phone has: loaded as it is, it would open at Start.
    const phone = outOfBoxDevice({ deviceId: 'dev-saved' });
    const saved = {
      state: {
        activePhoneId: 'dev-saved',
        phones: {
          'dev-saved': {
            ...phone,
            setup: { ...phone.setup, complete: true },
            settings: { ...phone.settings, accent: 'plaid' },
          },
        },
      },
      version: 1,
    };
    // Only the accent makes it unreadable: with a real accent, the same copy would load.
    const fixed = structuredClone(saved.state);
    fixed.phones['dev-saved'].settings.accent = 'cyan';
    expect(phonesSchema.safeParse(fixed).success).toBe(true);
    await set(DEVICE_KEY, saved, db());
    await deviceStore.persist.rehydrate();
    expect(activePhone().identity.deviceId).toBe('dev-test');
    expect(activePhone().setup.complete).toBe(false);
    expect(await get(`${DEVICE_KEY}:unreadable`, db())).toEqual(saved);
    await deviceStore.persist.rehydrate();
    const items = notices.store.getState().items.filter((n) => n.id === 'device-unreadable');
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toMatch(/could not be read.*kept/);
  });

  it('keeps data from a newer version aside instead of guessing', async () => {
    await set(DEVICE_KEY, { state: {}, version: 99 }, db());
    await deviceStore.persist.rehydrate();
    expect(notices.store.getState().items[0]!.text).toContain('newer version');
    expect(await get(`${DEVICE_KEY}:unreadable`, db())).toEqual({ state: {}, version: 99 });
  });

  it('tells the user when the browser storage is full, and keeps the change in memory', async () => {
    const proto = IDBObjectStore.prototype;
    const put = proto.put;
    proto.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      updatePhone((p) => ({ ...p, identity: { ...p.identity, phoneName: 'Kept' } }));
      for (let i = 0; i < 100 && notices.store.getState().items.length === 0; i++)
        await new Promise((r) => setTimeout(r, 5));
    } finally {
      proto.put = put;
    }
    expect(notices.store.getState().items.map((n) => n.id)).toContain('device-write-failed');
    expect(activePhone().identity.phoneName).toBe('Kept');
  });
});
