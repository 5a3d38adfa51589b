import { abandonUpload } from '../api/backups/uploads';
import { isApiError } from '../api/errors';
import type { BackupSummary } from '../api/schemas';
import { activePhone, updatePhone } from '../device/store';

/** A request that may have reached the cloud although no answer came back. */
export const noAnswer = (e: unknown) => isApiError(e) && (e.code === 'timeout' || e.code === 'network');

/**
 * After a commit that got no answer: asks the cloud what became of the upload (issue #18, finding
 * 8). The backup it made, or null once the cloud has abandoned it, so that it can no longer be
 * committed late. When even this gets no answer, the phone remembers the upload and asks again
 * later (confirmUpload); it throws then.
 */
export async function outcomeOf(deviceId: string, uploadId: string): Promise<BackupSummary | null> {
  try {
    const { committed } = await abandonUpload(deviceId, uploadId);
    return committed;
  } catch (e) {
    updatePhone((p) => ({ ...p, backup: { ...p.backup, unconfirmedUpload: uploadId } }), deviceId);
    throw e;
  }
}

/**
 * The upload a commit left unconfirmed, asked about again: a backup it did make becomes the
 * phone's last backup, unless a newer one is already there. Offline or unanswered, it waits.
 */
export async function confirmUpload(): Promise<void> {
  const phone = activePhone();
  const uploadId = phone.backup.unconfirmedUpload;
  if (!uploadId) return;
  const deviceId = phone.identity.deviceId;
  let committed: BackupSummary | null;
  try {
    ({ committed } = await abandonUpload(deviceId, uploadId));
  } catch (e) {
    if (isApiError(e) && e.status !== 0)
      committed = null; // the cloud answered: nothing to confirm
    else return;
  }
  updatePhone(
    (p) => ({
      ...p,
      backup: {
        ...p.backup,
        unconfirmedUpload: null,
        lastBackupAt:
          committed && (p.backup.lastBackupAt ?? 0) < committed.createdAt
            ? committed.createdAt
            : p.backup.lastBackupAt,
      },
    }),
    deviceId,
  );
}
