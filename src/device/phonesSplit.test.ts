import { clear, get, keys, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idbStore, writesSettled } from '../lib/persistStorage';
import { notices } from '../lib/notices';
import { partKey } from '../lib/splitState';
import { outOfBoxDevice } from './defaults';
import { DEVICE_SCHEMA_VERSION, type DeviceState } from './schema';
import {
  activePhone,
  deviceStore,
  DEVICE_DB,
  DEVICE_KEY,
  onDeviceSaved,
  replacePhones,
  updatePhone,
} from './store';

const db = () => idbStore(DEVICE_DB);
const ID = 'dev-split';

function phoneWithTexts(count: number): DeviceState {
  const phone = outOfBoxDevice({ deviceId: ID });
  const threads = [{ id: 't1', name: 'Ana', number: '+1 425 555 0100' }];
  const messages = Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    threadId: 't1',
    direction: 'in' as const,
    kind: 'sms' as const,
    body: `text ${i}`,
    at: i,
  }));
  return { ...phone, threads, messages };
}

/** Waits until the saved core record satisfies `check` (persist writes without a promise to await). */
async function waitForSaved(
  check: (core: { state: { activePhoneId: string; phones: Record<string, DeviceState> } }) => boolean,
) {
  for (let i = 0; i < 200; i++) {
    const core = await get(DEVICE_KEY, db());
    if (core && check(core)) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the phone was not saved');
}

beforeEach(async () => {
  await clear(db());
  notices.store.setState({ items: [] });
  replacePhones({ activePhoneId: ID, phones: { [ID]: phoneWithTexts(500) } });
  await waitForSaved((c) => c.state.phones[ID] !== undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('a phone saved in parts', () => {
  it('keeps its texts apart from the rest of the phone, and reads them back whole', async () => {
    const core = await get(DEVICE_KEY, db());
    expect(core.state.phones[ID].messages).toBeUndefined();
    expect(await get(partKey(DEVICE_KEY, `${ID}/messages`), db())).toHaveLength(500);
    const saved = deviceStore.getState();
    await deviceStore.persist.rehydrate();
    expect(deviceStore.getState()).toEqual(saved);
  });

  it("says when a change has been written (the emulator's calls wait for it)", async () => {
    let saved = 0;
    const stop = onDeviceSaved(() => saved++);
    const next = { ...phoneWithTexts(2000), identity: { ...phoneWithTexts(1).identity, phoneName: 'Saved' } };
    replacePhones({ activePhoneId: ID, phones: { [ID]: next } });
    await writesSettled();
    stop();
    // Written and committed by now, before anything else reads: a page loaded next finds it.
    expect(saved).toBe(1);
    const core = await get(DEVICE_KEY, db());
    expect(core.state.phones[ID].identity.phoneName).toBe('Saved');
  });

  it('writes only the small core when something other than the texts changes', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    updatePhone((p) => ({ ...p, backup: { ...p.backup, lastBackupAt: 1234 } }));
    await waitForSaved((c) => c.state.phones[ID]!.backup.lastBackupAt === 1234);
    // The core and its generation (a number, for writes across tabs): not the 500 texts.
    expect(put.mock.calls.map((call) => call[1])).toEqual([DEVICE_KEY, `${DEVICE_KEY}:generation`]);
  });

  it('writes the texts again when they change', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    updatePhone((p) => ({ ...p, messages: [...p.messages, { ...p.messages[0]!, id: 'new' }] }));
    await waitForSaved(() => put.mock.calls.length >= 3);
    expect(put.mock.calls.map((call) => call[1]).sort()).toEqual([
      DEVICE_KEY,
      `${DEVICE_KEY}:generation`,
      partKey(DEVICE_KEY, `${ID}/messages`),
    ]);
    await deviceStore.persist.rehydrate();
    expect(activePhone().messages).toHaveLength(501);
  });

  it('drops the parts of a phone that is gone', async () => {
    const other = outOfBoxDevice({ deviceId: 'dev-other' });
    replacePhones({ activePhoneId: 'dev-other', phones: { 'dev-other': other } });
    await waitForSaved((c) => c.state.activePhoneId === 'dev-other');
    const stored = await keys(db());
    expect(stored.filter((k) => String(k).includes(ID))).toEqual([]);
  });

  it('treats a missing part as unreadable: keeps the copy aside and says so', async () => {
    await set(partKey(DEVICE_KEY, `${ID}/messages`), undefined, db());
    await deviceStore.persist.rehydrate();
    expect(notices.store.getState().items.map((n) => n.id)).toContain('device-unreadable');
    const copy = await get(`${DEVICE_KEY}:unreadable`, db());
    expect(copy.state.phones[ID].threads).toHaveLength(1);
  });

  it('still reads a phone saved whole by an earlier version of the emulator', async () => {
    const whole = { activePhoneId: ID, phones: { [ID]: phoneWithTexts(3) } };
    await clear(db());
    await set(DEVICE_KEY, { state: whole, version: DEVICE_SCHEMA_VERSION }, db());
    await deviceStore.persist.rehydrate();
    expect(activePhone().messages).toHaveLength(3);
    // The first save after it writes the parts too: the phone reads back whole, texts included.
    updatePhone((p) => ({ ...p, identity: { ...p.identity, phoneName: 'Upgraded' } }));
    await waitForSaved((c) => c.state.phones[ID]?.identity.phoneName === 'Upgraded');
    await deviceStore.persist.rehydrate();
    expect(notices.store.getState().items.map((n) => n.id)).not.toContain('device-unreadable');
    expect(activePhone().messages).toHaveLength(3);
  });
});
