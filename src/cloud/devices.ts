import { cloudNow } from './surroundings';
import { cloudErrors } from './errors';
import type { CloudIndex } from './schema';

/**
 * The caller's device record. A device of another account answers 404 exactly as a device that
 * does not exist, so nothing about other accounts leaks.
 */
export function ownDevice(
  index: CloudIndex,
  accountId: string,
  deviceId: string,
  register?: { model: string; phoneName: string },
) {
  const device = index.devices.find((d) => d.id === deviceId);
  if (device && device.accountId !== accountId) throw cloudErrors.deviceNotFound();
  if (device) {
    if (register) Object.assign(device, register);
    return device;
  }
  if (!register) throw cloudErrors.deviceNotFound();
  const created = { id: deviceId, accountId, registeredAt: cloudNow(), ...register };
  index.devices.push(created);
  return created;
}

const deviceIdPattern = /^[A-Za-z0-9_-]{1,80}$/;
export function checkDeviceId(id: unknown): string {
  if (typeof id !== 'string' || !deviceIdPattern.test(id)) throw cloudErrors.deviceNotFound();
  return id;
}
