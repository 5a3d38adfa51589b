import { endLeftSessions } from '../api/auth/signOut';
import { clock, environmentStore, type Environment } from '../device/environment';
import { activePhone } from '../device/store';
import type { DeviceState } from '../device/schema';
import { formatDateTime } from '../lib/format';
import { notices } from '../lib/notices';
import { backUpNow } from './backupNow';
import { backUpTexts } from './messages';
import { mediaUploadDue, uploadPendingMedia } from './photos';
import { backupRunStore } from './runState';
import { confirmUpload } from './uploadOutcome';

export const DAY_MS = 24 * 3600 * 1000;
/** After this long without a backup the phone may use cellular data. */
const CELLULAR_AFTER_MS = 21 * DAY_MS;
/** Texts are backed up at regular intervals. */
const MESSAGE_SYNC_INTERVAL_MS = 3600 * 1000;
/** After a failed automatic backup the next waits an hour, then twice as long each time, at most a day. */
const FIRST_RETRY_MS = 3600 * 1000;
/** Failures in a row after which the phone says that automatic backup is not working. */
const TROUBLE_AFTER = 3;

const PHOTO_UPLOAD_FAILED = {
  id: 'photo-upload-failed',
  text: "Your photos and videos couldn't be uploaded to OneDrive. The phone will try again later.",
};

/** When an automatic backup may be tried again after `failures` in a row, the last at `lastAt`. */
function nextTryAt(failures: number, lastAt: number | null): number | null {
  if (failures === 0 || lastAt === null) return null;
  return lastAt + Math.min(DAY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
}

/** Whether an automatic backup is due now (SPEC section 3): about once a day, Wi-Fi and power. */
export function autoBackupDue(phone: DeviceState, env: Environment, now: number): boolean {
  const b = phone.backup;
  if (!phone.setup.complete || !phone.microsoftAccount || !b.settingsBackup) return false;
  const since = b.lastBackupAt ?? b.enabledAt;
  if (since === null || now - since < DAY_MS) return false;
  // Backing off after failures; a clock set back before the last try does not hold it up.
  const retryAt = nextTryAt(b.autoBackupFailures, b.lastAutoBackupAttemptAt);
  if (retryAt !== null && now < retryAt && now >= (b.lastAutoBackupAttemptAt ?? 0)) return false;
  if (env.network === 'wifi' && env.power === 'plugged') return true;
  return env.network === 'cellular' && now - since >= CELLULAR_AFTER_MS;
}

/** What apps+settings says once automatic backup has failed TROUBLE_AFTER times in a row, or null. */
export function autoBackupTrouble(phone: DeviceState): string | null {
  const { autoBackupFailures: failures, lastAutoBackupAttemptAt: lastAt } = phone.backup;
  const retryAt = nextTryAt(failures, lastAt);
  if (failures < TROUBLE_AFTER || retryAt === null) return null;
  return `Your phone couldn't back up automatically the last ${failures} times. It will try again after ${formatDateTime(retryAt)}.`;
}

function messageSyncDue(phone: DeviceState, env: Environment, now: number): boolean {
  const b = phone.backup;
  if (!phone.setup.complete || !phone.microsoftAccount || !b.textBackup || env.network === 'offline')
    return false;
  return b.lastMessageSyncAt === null || now - b.lastMessageSyncAt >= MESSAGE_SYNC_INTERVAL_MS;
}

/** Runs whatever background work is due; the emulator calls it when time, network or power change. */
export async function runScheduledBackups(): Promise<void> {
  if (environmentStore.getState().network !== 'offline') {
    // What the phone could not tell the cloud before: sessions it let go of, an unanswered commit.
    await endLeftSessions();
    await confirmUpload();
  }
  const env = environmentStore.getState();
  const now = clock.now();
  const phone = activePhone();
  if (backupRunStore.getState().running) return;
  if (autoBackupDue(phone, env, now)) {
    // A failure is counted on the phone (the next try waits longer) and shown by apps+settings.
    await backUpNow('automatic').catch(() => undefined);
  } else if (messageSyncDue(phone, env, now)) {
    await backUpTexts();
  }
  // Photos and videos go up on their own terms (quality and network), after the backup above.
  if (mediaUploadDue(activePhone(), environmentStore.getState(), clock.now())) {
    try {
      await uploadPendingMedia();
      notices.dismiss(PHOTO_UPLOAD_FAILED.id);
    } catch {
      notices.push(PHOTO_UPLOAD_FAILED);
    }
  }
}
