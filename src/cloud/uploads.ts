import type { CloudTx } from './db';
import { uploadLive } from './oneDriveUse';
import type { CloudIndex, Upload } from './schema';

/** Drops uploads begun more than a day ago, with their staged parts. */
export function dropExpiredUploads(tx: CloudTx, now: number): void {
  const [live, expired] = partition(tx.index.uploads, (u) => uploadLive(u, now));
  for (const u of expired) dropParts(tx, u);
  tx.index.uploads = live;
}

/** Deletes the staged parts of an upload that will never be committed. */
export function dropParts(tx: CloudTx, upload: Upload): void {
  for (const p of Object.values(upload.parts)) if (p) tx.deleteBlob(p.blob);
}

/** The caller's live upload of that phone, or 404. */
export function findUpload(index: CloudIndex, accountId: string, deviceId: string, uploadId: unknown) {
  return index.uploads.find((u) => u.id === uploadId && u.deviceId === deviceId && u.accountId === accountId);
}

function partition<T>(items: T[], keep: (item: T) => boolean): [T[], T[]] {
  return [items.filter(keep), items.filter((x) => !keep(x))];
}
