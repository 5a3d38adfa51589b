import { clock, environmentStore, type Environment } from '../device/environment';
import { activePhone } from '../device/store';
import type { DeviceState } from '../device/schema';
import { backUpNow } from './backupNow';
import { syncMessages } from './messages';
import { mediaUploadDue, uploadPendingMedia } from './photos';
import { backupRunStore } from './runState';

export const DAY_MS = 24 * 3600 * 1000;
/** After this long without a backup the phone may use cellular data. */
const CELLULAR_AFTER_MS = 21 * DAY_MS;
/** Texts are backed up at regular intervals. */
const MESSAGE_SYNC_INTERVAL_MS = 3600 * 1000;

/** Whether an automatic backup is due now (SPEC section 3): about once a day, Wi-Fi and power. */
export function autoBackupDue(phone: DeviceState, env: Environment, now: number): boolean {
  const b = phone.backup;
  if (!phone.setup.complete || !phone.microsoftAccount || !b.settingsBackup) return false;
  const since = b.lastBackupAt ?? b.enabledAt;
  if (since === null || now - since < DAY_MS) return false;
  if (env.network === 'wifi' && env.power === 'plugged') return true;
  return env.network === 'cellular' && now - since >= CELLULAR_AFTER_MS;
}

function messageSyncDue(phone: DeviceState, env: Environment, now: number): boolean {
  const b = phone.backup;
  if (!phone.setup.complete || !phone.microsoftAccount || !b.textBackup || env.network === 'offline')
    return false;
  return b.lastMessageSyncAt === null || now - b.lastMessageSyncAt >= MESSAGE_SYNC_INTERVAL_MS;
}

/** Runs whatever background backup is due; the emulator calls it when time, network or power change. */
export async function runScheduledBackups(): Promise<void> {
  const env = environmentStore.getState();
  const now = clock.now();
  const phone = activePhone();
  if (backupRunStore.getState().running) return;
  if (autoBackupDue(phone, env, now)) {
    await backUpNow('automatic').catch(() => undefined);
  } else if (messageSyncDue(phone, env, now)) {
    await syncMessages().catch(() => undefined);
  }
  // Photos and videos go up on their own terms (quality and network), after the backup above.
  if (mediaUploadDue(activePhone(), environmentStore.getState(), clock.now())) {
    await uploadPendingMedia().catch(() => undefined);
  }
}
