import { cloudNow } from './surroundings';
import { CloudError, cloudErrors } from './errors';
import type { CloudIndex } from './schema';

/** Phones an account may have; the cloud refuses an eleventh (docs/decisions.md, 2026-12-03). */
export const MAX_PHONES_PER_ACCOUNT = 10;

/**
 * The caller's record of a phone. Records are per account: the same phone, reset and signed in to
 * another account, is a phone of that account too, and each account sees only its own. A phone
 * no record of the caller's names answers 404 exactly as one that does not exist.
 */
export function ownDevice(
  index: CloudIndex,
  accountId: string,
  deviceId: string,
  register?: { model: string; phoneName: string },
) {
  const device = index.devices.find((d) => d.id === deviceId && d.accountId === accountId);
  if (device) {
    if (register) Object.assign(device, register);
    return device;
  }
  if (!register) throw cloudErrors.deviceNotFound();
  if (index.devices.filter((d) => d.accountId === accountId).length >= MAX_PHONES_PER_ACCOUNT)
    throw new CloudError(
      409,
      'too-many-phones',
      `This Microsoft account already has ${MAX_PHONES_PER_ACCOUNT} phones, the most it can back up.`,
    );
  const created = { id: deviceId, accountId, registeredAt: cloudNow(), ...register };
  index.devices.push(created);
  return created;
}

const deviceIdPattern = /^[A-Za-z0-9_-]{1,80}$/;
export function checkDeviceId(id: unknown): string {
  if (typeof id !== 'string' || !deviceIdPattern.test(id)) throw cloudErrors.deviceNotFound();
  return id;
}
