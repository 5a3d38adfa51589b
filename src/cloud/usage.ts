import type { BackupRecord, CloudIndex } from './schema';

export function backupSize(b: BackupRecord): number {
  return (b.parts.settings?.sizeBytes ?? 0) + (b.parts.apps?.sizeBytes ?? 0);
}

/** OneDrive bytes used by an account: backups, message histories, camera roll and other files. */
export function usedBytes(index: CloudIndex, accountId: string, except?: { backupOf?: string }): number {
  const account = index.accounts.find((a) => a.id === accountId);
  const devices = new Set(index.devices.filter((d) => d.accountId === accountId).map((d) => d.id));
  const backups = index.backups
    .filter((b) => b.accountId === accountId && b.deviceId !== except?.backupOf)
    .reduce((sum, b) => sum + backupSize(b), 0);
  const messages = index.messageStores
    .filter((m) => devices.has(m.deviceId))
    .reduce((s, m) => s + m.sizeBytes, 0);
  const photos = index.cameraRoll
    .filter((p) => p.accountId === accountId)
    .reduce((s, p) => s + p.sizeBytes, 0);
  return backups + messages + photos + (account?.otherBytes ?? 0);
}

/** The size in bytes of `value` as UTF-8 JSON, which is what the cloud stores and counts. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/**
 * The size in bytes of `text` in UTF-8, counted without encoding it: a heavy phone's 10,000
 * texts weigh 1 MB, and a TextEncoder copy of them cost its load tens of milliseconds.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    // 2 bytes up to U+07FF, 3 above; a surrogate pair (4 bytes) is two units of 2 bytes each.
    bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
