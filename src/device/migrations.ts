import { DEVICE_SCHEMA_VERSION } from './schema';

/**
 * Migrations of the saved phones, from each older version to the next. Version 0 (the first
 * preview) saved a single phone as `{ phone }`; version 1 keeps several, keyed by device id.
 * A migration returns null when the data is not what that version saved; it never throws.
 */
const steps: Record<number, (state: unknown) => unknown> = {
  0: (state) => {
    const phone = (state as { phone?: { identity?: { deviceId?: unknown } } } | null)?.phone;
    const id = phone?.identity?.deviceId;
    if (typeof id !== 'string') return null;
    return { activePhoneId: id, phones: { [id]: { ...phone, version: 1 } } };
  },
};

export function migrateDevice(state: unknown, fromVersion: number): unknown {
  let current = state;
  for (let v = fromVersion; v < DEVICE_SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) return null;
    current = step(current);
    if (current === null) return null;
  }
  return current;
}
