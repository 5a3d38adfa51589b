import { createStore as createIdbStore, del, get, set, type UseStore } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { z } from 'zod';

/**
 * A zustand PersistStorage over IndexedDB (idb-keyval) that validates what it reads.
 * Unreadable state is never silently dropped: it is kept under `<name>:unreadable` (exportable)
 * and reported once through `onUnreadable`, and the store starts from its defaults. Writes that
 * fail (quota exceeded) are reported through `onWriteError` and keep the in-memory state.
 */
export interface ValidatedStorageOptions<S> {
  dbName: string;
  schema: z.ZodType<S>;
  version: number;
  /** Migrates an older stored version; returns null when it cannot. Never throws. */
  migrate?: (state: unknown, fromVersion: number) => S | null;
  onUnreadable?: (reason: string) => void;
  onWriteError?: (error: unknown) => void;
  /** After each successful write (other tabs are told through this). */
  onWritten?: () => void;
}

const stores = new Map<string, UseStore>();
export function idbStore(dbName: string): UseStore {
  let store = stores.get(dbName);
  if (!store) {
    store = createIdbStore(dbName, 'keyval');
    stores.set(dbName, store);
  }
  return store;
}

export function validatedStorage<S>(opts: ValidatedStorageOptions<S>): PersistStorage<S> {
  const db = () => idbStore(opts.dbName);
  return {
    async getItem(name) {
      let raw: unknown;
      try {
        raw = await get(name, db());
      } catch (e) {
        opts.onUnreadable?.(`the stored state could not be read (${String(e)})`);
        return null;
      }
      if (raw === undefined) return null;
      const value = raw as Partial<StorageValue<unknown>> | null;
      const storedVersion = typeof value?.version === 'number' ? value.version : -1;
      let state: unknown = value?.state;
      if (storedVersion !== opts.version) {
        const migrated = storedVersion >= 0 && storedVersion < opts.version ? safeMigrate(opts, state, storedVersion) : null;
        if (migrated === null) return quarantine(name, raw, storedVersion > opts.version ? 'it comes from a newer version' : 'it could not be migrated');
        state = migrated;
      }
      const parsed = opts.schema.safeParse(state);
      if (!parsed.success) return quarantine(name, raw, 'it does not have the expected shape');
      return { state: parsed.data, version: opts.version };
    },
    async setItem(name, value) {
      try {
        await set(name, value, db());
      } catch (e) {
        opts.onWriteError?.(e);
        return;
      }
      opts.onWritten?.();
    },
    async removeItem(name) {
      await del(name, db());
    },
  };

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
