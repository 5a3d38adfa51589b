import { clock } from '../device/environment';
import { CloudError } from './errors';
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
  if (device && device.accountId !== accountId)
    throw new CloudError(404, 'not-found', 'That device was not found.');
  if (device) {
    if (register) Object.assign(device, register);
    return device;
  }
  if (!register) throw new CloudError(404, 'not-found', 'That device was not found.');
  const created = { id: deviceId, accountId, registeredAt: clock.now(), ...register };
  index.devices.push(created);
  return created;
}

export const deviceIdPattern = /^[A-Za-z0-9_-]{1,80}$/;
export function checkDeviceId(id: unknown): string {
  if (typeof id !== 'string' || !deviceIdPattern.test(id))
    throw new CloudError(404, 'not-found', 'That device was not found.');
  return id;
}
