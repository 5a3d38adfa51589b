import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { validatedStorage } from '../lib/persistStorage';
import { outOfBoxDevice } from './defaults';
import { DEVICE_SCHEMA_VERSION, deviceSchema, type DeviceState } from './schema';
import { notices } from '../lib/notices';
import { migrateDevice } from './migrations';
import { phonesSplit } from './phonesSplit';
import { z } from '../lib/zod';

/**
 * The phones of the emulator. Usually one; the `two-phones` scenario has an old and a new one,
 * and the panel switches between them. Only the active phone is shown.
 */
export const phonesSchema = z
  .object({
    activePhoneId: z.string(),
    phones: z.record(z.string(), deviceSchema),
  })
  .check(
    // Phones are found by their own keys only: never `constructor` or another key objects inherit.
    z.refine((s) => Object.hasOwn(s.phones, s.activePhoneId), {
      message: "its active phone isn't among its phones.",
    }),
    z.refine((s) => Object.entries(s.phones).every(([id, p]) => p.identity.deviceId === id), {
      message: 'one of its phones is filed under an id that is not its own.',
    }),
  );
export type PhonesState = z.infer<typeof phonesSchema>;

/** The phones' IndexedDB database (the cloud and the surroundings have their own). */
export const DEVICE_DB = 'wp-phone';
export const DEVICE_KEY = 'device';

const writeListeners = new Set<() => void>();
/** Called after the phones were saved (the emulator tells other tabs). */
export function onDeviceSaved(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

function initialPhones(): PhonesState {
  const phone = outOfBoxDevice();
  return { activePhoneId: phone.identity.deviceId, phones: { [phone.identity.deviceId]: phone } };
}

export const deviceStore = createStore<PhonesState>()(
  persist(initialPhones, {
    name: DEVICE_KEY,
    version: DEVICE_SCHEMA_VERSION,
    storage: validatedStorage<PhonesState>({
      dbName: DEVICE_DB,
      schema: phonesSchema,
      version: DEVICE_SCHEMA_VERSION,
      // The result is validated by the schema after migrating; unknown versions are kept aside.
      migrate: (state, from) => migrateDevice(state, from) as PhonesState | null,
      onUnreadable: (reason) =>
        notices.push({
          id: 'device-unreadable',
          text: `The phone's saved data could not be read (${reason}). The phone started fresh; the unreadable copy is kept and can be exported from the panel.`,
        }),
      onWriteError: () =>
        notices.push({
          id: 'device-write-failed',
          text: "The phone's changes could not be saved: the browser's storage is full. They are kept until you close this tab.",
        }),
      onWritten: () => writeListeners.forEach((l) => l()),
      // Another tab saved the phones since this one read them: its save stands, and this tab
      // shows it (rather than overwriting it unseen).
      onConflict: () => {
        notices.push({
          id: 'device-changed-elsewhere',
          text: 'The phone was changed in another tab at the same moment. This tab now shows that change; make yours again if it is missing.',
        });
        void deviceStore.persist.rehydrate();
      },
      // A phone's texts, threads, calls and photos are saved apart, and only when they change.
      split: phonesSplit,
    }),
    skipHydration: true,
  }),
);

/** A phone by its id: an own key of the list only, never one every object inherits. */
export function phoneById(state: PhonesState, id: string): DeviceState | undefined {
  return Object.hasOwn(state.phones, id) ? state.phones[id] : undefined;
}

export function activePhone(state: PhonesState = deviceStore.getState()): DeviceState {
  const phone = phoneById(state, state.activePhoneId);
  if (!phone) throw new Error(`No phone ${state.activePhoneId}`);
  return phone;
}

/** Applies a change to the active phone (or to `deviceId`) as a new immutable state. */
export function updatePhone(change: (phone: DeviceState) => DeviceState, deviceId?: string): DeviceState {
  const state = deviceStore.getState();
  const id = deviceId ?? state.activePhoneId;
  const phone = phoneById(state, id);
  if (!phone) throw new Error(`No phone ${id}`);
  const next = change(phone);
  deviceStore.setState({ phones: { ...state.phones, [id]: next } });
  return next;
}

export function replacePhones(next: PhonesState): void {
  deviceStore.setState(next, true);
}

let hydration: Promise<void> | null = null;
/** Loads the saved phones once; resolves even when the saved data was unreadable. */
export function hydrateDevice(): Promise<void> {
  hydration ??= Promise.resolve(deviceStore.persist.rehydrate()).then(() => undefined);
  return hydration;
}
