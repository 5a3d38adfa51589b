import type { BackupRecord, CloudIndex } from './schema';

/** What a value weighs in OneDrive: the UTF-8 bytes of its JSON. */
export function jsonSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

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
