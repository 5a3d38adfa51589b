/**
 * Issue #18, Low: two tabs writing the same saved state. A write goes through only if nobody
 * saved since this tab last read or wrote (a compare-and-set on a stored generation); otherwise
 * the tab is told, and reads what the other tab saved, instead of silently overwriting it.
 */
import { clear, get } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { idbStore, validatedStorage, writesSettled } from './persistStorage';
import { z } from './zod';

const DB = 'wp-test-cas';
const schema = z.object({ name: z.string() });

/** One tab's storage of the same state. */
function tab() {
  const conflicts: number[] = [];
  const storage = validatedStorage({
    dbName: DB,
    schema,
    version: 1,
    onConflict: () => conflicts.push(1),
  });
  return { storage, conflicts };
}

const stored = async () =>
  ((await get('state', idbStore(DB))) as { state: { name: string } } | undefined)?.state;

beforeEach(() => clear(idbStore(DB)));

describe('writes across tabs', () => {
  it("a tab that has not seen the other tab's write does not overwrite it", async () => {
    const a = tab();
    const b = tab();
    await a.storage.getItem('state');
    await b.storage.getItem('state');
    await a.storage.setItem('state', { state: { name: 'from tab A' }, version: 1 });
    await b.storage.setItem('state', { state: { name: 'from tab B' }, version: 1 });
    await writesSettled();
    expect(await stored()).toEqual({ name: 'from tab A' });
    expect(b.conflicts).toHaveLength(1);
    // Once it has read what A saved, B's next change goes through.
    expect((await b.storage.getItem('state'))?.state).toEqual({ name: 'from tab A' });
    await b.storage.setItem('state', { state: { name: 'from tab B' }, version: 1 });
    expect(await stored()).toEqual({ name: 'from tab B' });
    expect(a.conflicts).toEqual([]);
  });

  it('one tab writing many times in a row never conflicts with itself', async () => {
    const a = tab();
    await a.storage.getItem('state');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        a.storage.setItem('state', { state: { name: `v${i}` }, version: 1 }),
      ),
    );
    expect(await stored()).toEqual({ name: 'v19' });
    expect(a.conflicts).toEqual([]);
  });
});
