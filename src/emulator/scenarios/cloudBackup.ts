import { backupParts } from '../../backup/snapshot';
import type { CloudIndex } from '../../cloud/schema';
import { jsonSize } from '../../cloud/oneDriveUse';
import type { DeviceState } from '../../device/schema';

function registerDevice(phone: DeviceState, cloud: CloudIndex, at: number): string {
  const account = phone.microsoftAccount;
  if (!account) throw new Error('The phone is not signed in');
  const deviceId = phone.identity.deviceId;
  if (!cloud.devices.some((d) => d.id === deviceId)) {
    cloud.devices.push({
      id: deviceId,
      accountId: account.accountId,
      model: phone.identity.model,
      phoneName: phone.identity.phoneName,
      registeredAt: at,
    });
  }
  return deviceId;
}

/**
 * Puts `phone`'s text history into a scenario's cloud, as if text backup had synced it at `at`
 * (a phone in daily use is in step with its cloud; it would not send all its texts on load).
 * Returns the blob to store beside the index.
 */
export function cloudTextHistoryOf(
  phone: DeviceState,
  cloud: CloudIndex,
  at: number,
): Record<string, unknown> {
  const deviceId = registerDevice(phone, cloud, at);
  const history = { threads: phone.threads, messages: phone.messages };
  const blob = `messages:${deviceId}`;
  cloud.messageStores.push({
    accountId: phone.microsoftAccount!.accountId,
    deviceId,
    blob,
    sizeBytes: jsonSize(history),
    count: phone.messages.length,
  });
  phone.backup.lastMessageSyncAt = at;
  phone.backup.syncedMessageIds = phone.messages.map((m) => m.id);
  return { [blob]: history };
}

/**
 * Writes a committed backup of `phone` (and its text history) into a scenario's cloud, as if
 * the phone had backed up at `at`. Returns the blobs to store beside the index.
 */
export function cloudBackupOf(phone: DeviceState, cloud: CloudIndex, at: number): Record<string, unknown> {
  const deviceId = registerDevice(phone, cloud, at);
  const account = phone.microsoftAccount!;
  const blobs: Record<string, unknown> = {};
  const refs: Record<string, { blob: string; sizeBytes: number } | null> = { settings: null, apps: null };
  for (const part of backupParts(phone)) {
    const blob = `backup:${deviceId}:${part.kind}`;
    blobs[blob] = part.payload;
    refs[part.kind] = { blob, sizeBytes: jsonSize(part.payload) + part.declaredBytes };
  }
  cloud.backups.push({
    deviceId,
    accountId: account.accountId,
    phoneName: phone.identity.phoneName,
    model: phone.identity.model,
    createdAt: at,
    parts: { settings: refs.settings ?? null, apps: refs.apps ?? null },
  });
  phone.backup.lastBackupAt = at;
  return { ...blobs, ...cloudTextHistoryOf(phone, cloud, at) };
}
