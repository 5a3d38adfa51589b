/**
 * The emulator's IndexedDB databases, each with the one `keyval` store idb-keyval makes, opened
 * once per page. On a first visit the browser creates the site's storage on the first open, which
 * took 100 to 250 ms here; `main.tsx` starts the opens as soon as the shell has painted, so that
 * this happens while the app's JavaScript loads rather than after it. This module stays tiny: the
 * entry loads it (in the `preload` chunk, vite.config.ts) before the app.
 */
export const DEVICE_DB = 'wp-phone';
export const EMULATOR_DB = 'wp-emulator';
export const CLOUD_DB = 'wp-cloud';
export const KEYVAL_STORE = 'keyval';

const connections = new Map<string, Promise<IDBDatabase>>();

/** The open connection to `name`, creating the database and its store on a first visit. */
export function openDatabase(name: string): Promise<IDBDatabase> {
  let connection = connections.get(name);
  if (!connection) {
    connection = new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => request.result.createObjectStore(KEYVAL_STORE);
      request.onsuccess = () => {
        // A connection the browser closes (site data cleared) is opened again on the next use.
        request.result.onclose = () => connections.delete(name);
        resolve(request.result);
      };
      request.onerror = () => {
        connections.delete(name);
        reject(request.error ?? new Error(`IndexedDB could not open ${name}`));
      };
    });
    connections.set(name, connection);
  }
  return connection;
}

/** Starts opening every database the emulator uses; a failure is reported where one is used. */
export function openDatabasesEarly(): void {
  for (const name of [DEVICE_DB, EMULATOR_DB, CLOUD_DB]) openDatabase(name).catch(() => undefined);
}
