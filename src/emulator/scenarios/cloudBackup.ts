import { backupParts } from '../../backup/snapshot';
import type { CloudIndex } from '../../cloud/schema';
import { jsonBytes } from '../../cloud/usage';
import type { DeviceState } from '../../device/schema';

/**
 * Writes a committed backup of `phone` (and its text history) into a scenario's cloud, as if
 * the phone had backed up at `at`. Returns the blobs to store beside the index.
 */
export async function cloudBackupOf(phone: DeviceState, cloud: CloudIndex, at: number): Promise<Record<string, unknown>> {
  const account = phone.microsoftAccount;
  if (!account) throw new Error('The phone is not signed in');
  const deviceId = phone.identity.deviceId;
  const blobs: Record<string, unknown> = {};
  const refs: Record<string, { blob: string; sizeBytes: number } | null> = { settings: null, apps: null };
  for (const part of backupParts(phone)) {
    const blob = `backup:${deviceId}:${part.kind}`;
    blobs[blob] = part.payload;
    refs[part.kind] = { blob, sizeBytes: jsonBytes(part.payload) + part.declaredBytes };
  }
  cloud.devices.push({ id: deviceId, accountId: account.accountId, model: phone.identity.model, phoneName: phone.identity.phoneName, registeredAt: at });
  cloud.backups.push({
    deviceId,
    accountId: account.accountId,
    phoneName: phone.identity.phoneName,
    model: phone.identity.model,
    createdAt: at,
    parts: { settings: refs.settings ?? null, apps: refs.apps ?? null },
  });
  const history = { threads: phone.threads, messages: phone.messages };
  const messagesBlob = `messages:${deviceId}`;
  blobs[messagesBlob] = history;
  cloud.messageStores.push({ deviceId, blob: messagesBlob, sizeBytes: jsonBytes(history), count: phone.messages.length });
  phone.backup.lastBackupAt = at;
  phone.backup.lastMessageSyncAt = at;
  phone.backup.syncedMessageIds = phone.messages.map((m) => m.id);
  return blobs;
}
