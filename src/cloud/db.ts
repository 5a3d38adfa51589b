import { delMany, get, getMany, keys, promisifyRequest, setMany } from 'idb-keyval';
import { idbStore } from '../lib/persistStorage';
import { notices } from '../lib/notices';
import { withLock } from '../lib/lock';
import { migrateCloudIndex } from './migrate';
import { cloudIndexSchema, emptyCloud, type CloudIndex } from './schema';

/**
 * The cloud's own persisted store, apart from the phone's so it outlives a reset. The index is
 * small and kept in memory; payloads (backup parts, message histories) are blobs read on demand.
 * Every transaction holds a lock shared by all tabs and re-reads the index when another tab
 * changed it, and a transaction's writes land in one IndexedDB transaction: all or nothing.
 */
export const CLOUD_DB = 'wp-cloud';
const db = () => idbStore(CLOUD_DB);

const readStored = <T>(key: string) => get<T>(key, db());

/** Keys of the store itself: no blob may be written or deleted under them. */
const RESERVED_KEYS = new Set(['index', 'rev', 'index:unreadable']);
function blobKey(key: string): string {
  if (RESERVED_KEYS.has(key)) throw new Error(`"${key}" is not a blob of the cloud`);
  return key;
}

export interface CloudTx {
  readonly index: CloudIndex;
  readBlob<T = unknown>(key: string): Promise<T | undefined>;
  putBlob(key: string, value: unknown): void;
  deleteBlob(key: string): void;
}

let cache: { rev: number; index: CloudIndex } | null = null;
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('wp-cloud') : null;
channel?.addEventListener('message', () => listeners.forEach((l) => l()));

/** Called after every committed change, in this tab and in the others. */
export function onCloudChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let seed: (index: CloudIndex) => Promise<CloudIndex> = async (i) => i;
/** The function that fills an empty cloud (the demo account). */
export function setCloudSeed(fn: (index: CloudIndex) => Promise<CloudIndex>): void {
  seed = fn;
}

async function loadIndex(): Promise<{ rev: number; index: CloudIndex }> {
  const storedRev = (await get<number>('rev', db())) ?? 0;
  if (cache && cache.rev === storedRev) return cache;
  const raw = await get('index', db());
  if (raw === undefined) {
    const index = await seed(emptyCloud());
    await setMany(
      [
        ['rev', storedRev + 1],
        ['index', index],
      ],
      db(),
    );
    cache = { rev: storedRev + 1, index };
    return cache;
  }
  const parsed = cloudIndexSchema.safeParse(await migrateCloudIndex(raw));
  if (parsed.success) {
    cache = { rev: storedRev, index: parsed.data };
    return cache;
  }
  // Keep the unreadable copy for export, start a fresh cloud, and say so once.
  const index = await seed(emptyCloud());
  await setMany(
    [
      ['index:unreadable', raw],
      ['rev', storedRev + 1],
      ['index', index],
    ],
    db(),
  );
  notices.push({
    id: 'cloud-unreadable',
    text: "The simulated cloud's saved data could not be read. It started fresh; the unreadable copy is kept and can be exported from the panel.",
  });
  cache = { rev: storedRev + 1, index };
  return cache;
}

export function cloudRead<T>(
  fn: (index: CloudIndex, readBlob: CloudTx['readBlob']) => Promise<T> | T,
): Promise<T> {
  return withLock(CLOUD_DB, async () => {
    const { index } = await loadIndex();
    return fn(index, readStored);
  });
}

/** Runs fn over a draft of the index; commits the draft and blob writes together, or nothing. */
export function cloudWrite<T>(fn: (tx: CloudTx) => Promise<T> | T): Promise<T> {
  return withLock(CLOUD_DB, async () => {
    const current = await loadIndex();
    const draft = structuredClone(current.index);
    const puts = new Map<string, unknown>();
    const deletes = new Set<string>();
    const tx: CloudTx = {
      index: draft,
      async readBlob<B>(key: string) {
        if (deletes.has(key)) return undefined;
        if (puts.has(key)) return puts.get(key) as B;
        return readStored<B>(key);
      },
      putBlob(key, value) {
        deletes.delete(blobKey(key));
        puts.set(key, value);
      },
      deleteBlob(key) {
        puts.delete(blobKey(key));
        deletes.add(key);
      },
    };
    const result = await fn(tx);
    const rev = current.rev + 1;
    await setMany([...puts, ['index', draft], ['rev', rev]], db());
    cache = { rev, index: draft };
    // Orphaned blobs are harmless if this is interrupted: the index no longer names them.
    if (deletes.size) await delMany([...deletes], db());
    listeners.forEach((l) => l());
    channel?.postMessage(rev);
    return result;
  });
}

/** For export and the inspector: every key of the cloud database. */
export async function dumpCloud(): Promise<Record<string, unknown>> {
  const all = (await keys(db())).map(String);
  const values = await getMany(all, db());
  return Object.fromEntries(all.map((k, i) => [k, values[i]]));
}

/**
 * Replaces everything the cloud holds with `entries`, in one transaction: all or nothing.
 * `entries` may still be coming (a scenario being built): the lock is taken and the database
 * opened meanwhile, so that the values are copied as soon as they arrive. `onCopied` runs once
 * they have been copied into the transaction (what is left is the browser committing them).
 */
export async function replaceCloud(
  entries: Record<string, unknown> | Promise<Record<string, unknown>>,
  onCopied?: () => void,
): Promise<void> {
  await withLock(CLOUD_DB, async () => {
    const values = await entries;
    await db()('readwrite', (store) => {
      try {
        store.clear();
        for (const [key, value] of Object.entries(values)) store.put(value, key);
      } catch (e) {
        store.transaction.abort(); // a value that cannot be stored: keep the cloud as it was
        throw e;
      }
      onCopied?.();
      return promisifyRequest(store.transaction);
    });
    cache = null;
  });
  listeners.forEach((l) => l());
  channel?.postMessage('replaced');
}

/** Forget the in-memory copy (tests, and after another tab replaced the whole cloud). */
export function dropCloudCache(): void {
  cache = null;
}
