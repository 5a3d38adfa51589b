import type { BackupRecord, CloudIndex, Upload } from './schema';

/** An upload never committed is dropped this long after it began (emulated time). */
export const UPLOAD_TTL_MS = 24 * 3600 * 1000;

/** What a value weighs in OneDrive: the UTF-8 bytes of its JSON. */
export function jsonSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

export function backupSize(b: BackupRecord): number {
  return (b.parts.settings?.sizeBytes ?? 0) + (b.parts.apps?.sizeBytes ?? 0);
}

export const uploadSize = (u: Upload): number =>
  Object.values(u.parts).reduce((sum, p) => sum + (p?.sizeBytes ?? 0), 0);

export const uploadLive = (u: Upload, now: number): boolean => now - u.startedAt < UPLOAD_TTL_MS;

/**
 * OneDrive bytes used by an account: backups, staged uploads (until they expire), message
 * histories, camera roll and other files. `except` leaves out what a commit is about to replace.
 */
export function usedBytes(
  index: CloudIndex,
  accountId: string,
  now: number,
  except?: { backupOf?: string; upload?: string },
): number {
  const account = index.accounts.find((a) => a.id === accountId);
  const backups = index.backups
    .filter((b) => b.accountId === accountId && b.deviceId !== except?.backupOf)
    .reduce((sum, b) => sum + backupSize(b), 0);
  const staged = index.uploads
    .filter((u) => u.accountId === accountId && u.id !== except?.upload && uploadLive(u, now))
    .reduce((sum, u) => sum + uploadSize(u), 0);
  const messages = index.messageStores
    .filter((m) => m.accountId === accountId)
    .reduce((s, m) => s + m.sizeBytes, 0);
  const photos = index.cameraRoll
    .filter((p) => p.accountId === accountId)
    .reduce((s, p) => s + p.sizeBytes, 0);
  return backups + staged + messages + photos + (account?.otherBytes ?? 0);
}
