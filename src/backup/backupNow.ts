import { beginUpload, commitUpload, uploadPart } from '../api/backups/uploads';
import { isApiError } from '../api/errors';
import { tryWithLock } from '../lib/lock';
import { clock } from '../device/environment';
import { activePhone, deviceStore, phoneById, updatePhone } from '../device/store';
import { backUpTexts } from './messages';
import { noAnswer, outcomeOf } from './uploadOutcome';
import { backupRunStore } from './runState';
import { backupParts } from './snapshot';

export const BACKUP_FAILED_MESSAGE = 'There was a problem backing up your settings. Try again later.';
export const BACKUP_BUSY_MESSAGE = 'A backup is already running on this phone.';

export class BackupError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

interface BackupOutcome {
  createdAt: number;
  sizeBytes: number;
  skippedApps: string[];
}

/**
 * Backs up apps+settings now: builds the snapshot, uploads it in staged parts and commits it in
 * one step. Until the commit the previous backup stays whole; any failure, even at 100%, leaves
 * it so. One backup at a time per phone, across tabs too.
 */
export async function backUpNow(trigger: 'manual' | 'automatic' = 'manual'): Promise<BackupOutcome> {
  const phone = activePhone();
  const deviceId = phone.identity.deviceId;
  const run = await tryWithLock(`backup:${deviceId}`, () => runBackup(trigger));
  if (!run) throw new BackupError(BACKUP_BUSY_MESSAGE);
  // Texts follow on their own schedule too; outside the lock, so that once the new time shows
  // `back up now` works again at once. A failure here does not undo the backup; it is shown.
  await backUpTexts();
  return run.value;
}

async function runBackup(trigger: 'manual' | 'automatic'): Promise<BackupOutcome> {
  const phone = activePhone();
  const deviceId = phone.identity.deviceId;
  const set = (progress: number) => backupRunStore.setState({ progress });
  backupRunStore.setState({ running: true, progress: 0, error: null, trigger });
  try {
    if (!phone.microsoftAccount) throw new BackupError('Sign in with a Microsoft account to back up.');
    const parts = backupParts(phone);
    if (parts.length === 0) throw new BackupError('Turn on Settings backup to back up this phone.');
    const { uploadId } = await beginUpload(deviceId, {
      phoneName: phone.identity.phoneName,
      model: phone.identity.model,
      partCount: parts.length,
    });
    set(10);
    for (const [n, part] of parts.entries()) {
      await uploadPart(deviceId, uploadId, n, part);
      set(10 + Math.round(((n + 1) / parts.length) * 90));
    }
    // At 100% nothing is saved yet: a failing commit still leaves the old backup.
    const summary = await commitUpload(deviceId, uploadId).catch(async (e: unknown) => {
      // No answer is not a no: ask what became of the upload, so that phone and cloud agree.
      if (!noAnswer(e)) throw e;
      const made = await outcomeOf(deviceId, uploadId);
      if (!made) throw e;
      return made;
    });
    const skippedApps = parts.flatMap((p) =>
      'skipped' in p.payload ? p.payload.skipped.map((a) => a.name) : [],
    );
    updatePhone(
      (p) => ({
        ...p,
        backup: {
          ...p.backup,
          lastBackupAt: summary.createdAt,
          skippedApps,
          autoBackupFailures: 0,
          unconfirmedUpload: null,
        },
      }),
      deviceId,
    );
    backupRunStore.setState({ running: false, progress: 100, error: null });
    return { createdAt: summary.createdAt, sizeBytes: summary.sizeBytes, skippedApps };
  } catch (e) {
    const message = e instanceof BackupError ? e.message : BACKUP_FAILED_MESSAGE;
    if (trigger === 'automatic') countAutomaticFailure(deviceId);
    backupRunStore.setState({ running: false, error: message });
    throw e instanceof BackupError ? e : new BackupError(message, e);
  }
}

export function isSessionExpired(e: unknown): boolean {
  const cause = e instanceof BackupError ? e.cause : e;
  return isApiError(cause) && cause.status === 401;
}

/** An automatic backup failed: the next one waits longer (autoBackup.ts). */
function countAutomaticFailure(deviceId: string): void {
  if (!phoneById(deviceStore.getState(), deviceId)) return; // a scenario replaced the phone meanwhile
  updatePhone(
    (p) => ({
      ...p,
      backup: {
        ...p.backup,
        autoBackupFailures: p.backup.autoBackupFailures + 1,
        lastAutoBackupAttemptAt: clock.now(),
      },
    }),
    deviceId,
  );
}
