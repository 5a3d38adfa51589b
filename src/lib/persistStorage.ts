import { createStore, get, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isSplitRecord, partKey, type SplitRecord, type StateSplit } from './splitState';
import { z } from './zod';

/**
 * A zustand PersistStorage over IndexedDB (idb-keyval) that validates what it reads.
 * Unreadable state is never silently dropped: it is kept under `<name>:unreadable` (exportable)
 * and reported once through `onUnreadable`, and the store starts from its defaults. Writes that
 * fail (quota exceeded) are reported through `onWriteError` and keep the in-memory state.
 */
interface ValidatedStorageOptions<S> {
  dbName: string;
  schema: z.ZodMiniType<S, unknown>;
  version: number;
  /** Migrates an older stored version; returns null when it cannot. Never throws. */
  migrate?: (state: unknown, fromVersion: number) => S | null;
  onUnreadable?: (reason: string) => void;
  onWriteError?: (error: unknown) => void;
  /** After each successful write (other tabs are told through this). */
  onWritten?: () => void;
  /**
   * Given, writes are a compare-and-set across tabs: a write goes through only if nobody saved
   * since this tab last read or wrote; otherwise nothing is written and this is called (the store
   * then reads what the other tab saved). Without it, the last writer wins.
   */
  onConflict?: () => void;
  /** Saves bulky parts of the state under keys of their own, rewritten only when they change. */
  split?: StateSplit;
}

/** Writes under way, of every validated storage. */
const writing = new Set<Promise<void>>();
function inFlight(write: Promise<void>): Promise<void> {
  writing.add(write);
  void write.finally(() => writing.delete(write));
  return write;
}

/**
 * Resolves once every write started so far has landed (or failed, which its storage reports).
 * zustand saves a change without handing back its promise; the emulator's calls wait for this, so
 * that a page loaded next reads what the last call changed.
 */
export async function writesSettled(): Promise<void> {
  while (writing.size > 0) await Promise.allSettled([...writing]);
}

const stores = new Map<string, UseStore>();
/** idb-keyval's `keyval` store of database `dbName`, one per database (it keeps the connection). */
export function idbStore(dbName: string): UseStore {
  let store = stores.get(dbName);
  if (!store) stores.set(dbName, (store = createStore(dbName, 'keyval')));
  return store;
}

export function validatedStorage<S>(opts: ValidatedStorageOptions<S>): PersistStorage<S> {
  const db = () => idbStore(opts.dbName);
  /** The parts as last written (or read): a part still the same object is not written again. */
  let written = new Map<string, unknown>();
  /** The stored generation this tab last read or wrote (compare-and-set, `onConflict`). */
  let generation: number | undefined;

  return {
    async getItem(name) {
      let raw: unknown;
      let savedSplit: boolean;
      try {
        let stored: unknown;
        [raw, stored] = await getMany([name, generationKey(name)], db());
        generation = typeof stored === 'number' ? stored : undefined;
        savedSplit = !!opts.split && isSplitRecord(raw);
        if (opts.split && isSplitRecord(raw)) {
          raw = await joinParts(name, raw, opts.split, db());
        }
      } catch (e) {
        opts.onUnreadable?.(`the stored state could not be read (${String(e)})`);
        return null;
      }
      if (raw === undefined) return null;
      const value = raw as Partial<StorageValue<unknown>> | null;
      const storedVersion = typeof value?.version === 'number' ? value.version : -1;
      let state: unknown = value?.state;
      if (storedVersion !== opts.version) {
        const migrated =
          storedVersion >= 0 && storedVersion < opts.version ? safeMigrate(opts, state, storedVersion) : null;
        if (migrated === null)
          return quarantine(
            name,
            raw,
            storedVersion > opts.version ? 'it comes from a newer version' : 'it could not be migrated',
          );
        state = migrated;
      }
      const parsed = opts.schema.safeParse(state);
      if (!parsed.success) return quarantine(name, raw, 'it does not have the expected shape');
      // Parts read from their own keys need no second write; a state saved whole (an earlier
      // version) has no parts yet, so the next write must write them all.
      if (opts.split) written = savedSplit ? opts.split.split(parsed.data).parts : new Map();
      return { state: parsed.data, version: opts.version };
    },
    setItem(name, value) {
      return inFlight(
        (async () => {
          const known = generation;
          let wrote: boolean;
          try {
            wrote = await write(name, value, known);
          } catch (e) {
            generation = known;
            opts.onWriteError?.(e);
            return;
          }
          if (wrote) opts.onWritten?.();
          else opts.onConflict?.();
        })(),
      );
    },
    async removeItem(name) {
      const raw: unknown = await get(name, db());
      const parts = isSplitRecord(raw) ? raw.parts.map((k) => partKey(name, k)) : [];
      await db()('readwrite', (store) => {
        for (const key of [name, generationKey(name), ...parts]) store.delete(key);
        return promisifyRequest(store.transaction);
      });
      written = new Map();
    },
  };

  /**
   * Writes the state (split: the core, the parts that changed, and drops parts gone) in one
   * transaction, with the next generation. With `onConflict`, the transaction first reads the
   * stored generation and writes nothing when another tab has saved since `known`. A generation
   * that is not stored (a cleared database) conflicts with nobody. Resolves to whether it wrote.
   */
  async function write(name: string, value: StorageValue<S>, known: number | undefined): Promise<boolean> {
    const splitValue = opts.split?.split(value.state);
    const record: SplitRecord | StorageValue<S> = splitValue
      ? {
          state: splitValue.core,
          version: value.version ?? opts.version,
          parts: [...splitValue.parts.keys()],
        }
      : value;
    const parts = splitValue?.parts ?? new Map<string, unknown>();
    const changed = [...parts].filter(([key, part]) => written.get(key) !== part);
    const gone = splitValue ? [...written.keys()].filter((key) => !parts.has(key)) : [];
    const next = (known ?? 0) + 1;
    // Writes of this tab follow each other: the next one compares with this one's generation.
    generation = next;
    const wrote = await db()('readwrite', async (store) => {
      if (opts.onConflict) {
        const stored: unknown = await promisifyRequest(store.get(generationKey(name)));
        if (stored !== undefined && stored !== known) return false;
      }
      store.put(record, name);
      store.put(next, generationKey(name));
      for (const [key, part] of changed) store.put(part, partKey(name, key));
      for (const key of gone) store.delete(partKey(name, key));
      await promisifyRequest(store.transaction);
      return true;
    });
    if (wrote) written = parts;
    else generation = known;
    return wrote;
  }

  async function quarantine(name: string, raw: unknown, reason: string): Promise<null> {
    try {
      await set(`${name}:unreadable`, raw, db());
    } catch {
      /* keeping the copy is best effort; the notice still goes out */
    }
    opts.onUnreadable?.(reason);
    return null;
  }
}

/** The whole state again from a split record; a missing part leaves the state incomplete (unreadable). */
async function joinParts(
  name: string,
  record: SplitRecord,
  split: StateSplit,
  store: UseStore,
): Promise<unknown> {
  const values = await getMany(
    record.parts.map((k) => partKey(name, k)),
    store,
  );
  const parts = new Map<string, unknown>();
  record.parts.forEach((k, i) => {
    if (values[i] !== undefined) parts.set(k, values[i]);
  });
  return { state: split.join(record.state, parts), version: record.version };
}

function safeMigrate<S>(opts: ValidatedStorageOptions<S>, state: unknown, from: number): S | null {
  try {
    return opts.migrate?.(state, from) ?? null;
  } catch {
    return null;
  }
}

export async function readUnreadableCopy(dbName: string, name: string): Promise<unknown> {
  return get(`${name}:unreadable`, idbStore(dbName));
}

/** Where a state's generation is stored, beside it. */
const generationKey = (name: string) => `${name}:generation`;
