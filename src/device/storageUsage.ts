import type { DeviceState } from './schema';

/** Storage sense figures for one storage (phone or SD card), in bytes. */
export interface StorageUsage {
  capacity: number;
  apps: number;
  media: number;
  /** The OS itself (phone only). */
  system: number;
  /** `other storage`: content the phone does not recognise (an SD card's apps after a reset). */
  other: number;
  used: number;
  free: number;
}

/** The space the OS itself takes on the phone. */
export const SYSTEM_BYTES = 3.1 * 1024 ** 3;

export function storageUsage(phone: DeviceState): { phone: StorageUsage; sd: StorageUsage | null } {
  const appsOn = (where: 'phone' | 'sd') =>
    phone.apps
      .filter((a) => a.location === where && a.installState === 'installed')
      .reduce((sum, a) => sum + a.sizeBytes + a.appDataBytes, 0);
  const media = phone.media.reduce((sum, m) => sum + m.sizeBytes, 0);
  const phoneUsage = usage(
    phone.storage.phoneCapacityBytes,
    appsOn('phone'),
    media,
    SYSTEM_BYTES,
    phone.storage.phoneOtherBytes,
  );
  const sd =
    phone.storage.sdCapacityBytes > 0
      ? usage(phone.storage.sdCapacityBytes, appsOn('sd'), 0, 0, phone.storage.sdOtherBytes)
      : null;
  return { phone: phoneUsage, sd };
}

function usage(capacity: number, apps: number, media: number, system: number, other: number): StorageUsage {
  const used = Math.min(capacity, apps + media + system + other);
  return { capacity, apps, media, system, other, used, free: capacity - used };
}
