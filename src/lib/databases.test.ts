import { get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { KEYVAL_STORE, openDatabase } from './databases';
import { idbStore } from './persistStorage';

describe('the databases', () => {
  it('opens each database once, with the store idb-keyval reads and writes', async () => {
    const first = openDatabase('db-test-once');
    expect(openDatabase('db-test-once')).toBe(first);
    const db = await first;
    expect([...db.objectStoreNames]).toEqual([KEYVAL_STORE]);
    await set('k', { v: 1 }, idbStore('db-test-once'));
    expect(await get('k', idbStore('db-test-once'))).toEqual({ v: 1 });
  });

  it('opens a database again after the browser closed its connection', async () => {
    const db = await openDatabase('db-test-closed');
    await set('k', 'kept', idbStore('db-test-closed'));
    db.close();
    db.onclose?.(new Event('close'));
    const again = await openDatabase('db-test-closed');
    expect(again).not.toBe(db);
    expect(await get('k', idbStore('db-test-closed'))).toBe('kept');
  });

  it('finds what an earlier version saved through idb-keyval', async () => {
    const { createStore } = await import('idb-keyval');
    await set('device', { saved: 'before' }, createStore('db-test-earlier', 'keyval'));
    expect(await get('device', idbStore('db-test-earlier'))).toEqual({ saved: 'before' });
  });
});
