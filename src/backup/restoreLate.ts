import { getBackup } from '../api/backups/getBackup';
import { getBackups } from '../api/backups/getBackups';
import { getMessages } from '../api/messages/getMessages';
import { activePhone, updatePhone } from '../device/store';
import { mergeById, mergeIds, type RestoreSummary } from './restoreApply';
import { settingsSnapshotSchema } from './snapshot';
import { z } from '../lib/zod';

/** What a sign-in after setup never brings back (SPEC section 4: "a few synced settings only"). */
const NOT_RESTORED_LATE = ['apps and app data', 'accounts', 'Start layout', 'call history', 'other settings'];

/**
 * For a phone set up without signing in: once the user signs in later (email+accounts, after
 * completeSignIn), the account's texts and its synced theme and accent come back; nothing else.
 * Uses this phone's own backup if the account has one, else the newest. Returns null when there
 * is nothing to do (setup did not skip sign-in, or no account). Only reads from the cloud; a
 * failure throws the cloud's error and leaves the phone as it was, so it can be tried again.
 */
export async function restoreAfterLateSignIn(): Promise<RestoreSummary | null> {
  const phone = activePhone();
  const phoneId = phone.identity.deviceId;
  if (!phone.setup.skippedSignIn || !phone.microsoftAccount) return null;
  const backups = await getBackups();
  const source = backups.find((b) => b.deviceId === phoneId) ?? backups[0];
  if (!source) {
    const summary: RestoreSummary = { restored: [], notRestored: ['nothing: this account has no backup'] };
    updatePhone((p) => ({ ...p, setup: { ...p.setup, skippedSignIn: false, summary } }), phoneId);
    return summary;
  }
  const detail = await getBackup(source.deviceId);
  const synced = z.pick(settingsSnapshotSchema, { theme: true, accent: true }).safeParse(detail.settings);
  const history = await getMessages(source.deviceId, 0);
  const sameDevice = source.deviceId === phoneId;
  const restored = [`text messages (${history.messages.length})`];
  if (synced.success) restored.push('theme and accent color');
  // Kept like setup's, so the control panel shows it (after a reload too).
  const summary: RestoreSummary = { restored, notRestored: [...NOT_RESTORED_LATE] };
  updatePhone(
    (p) => ({
      ...p,
      settings: synced.success
        ? { ...p.settings, theme: synced.data.theme, accent: synced.data.accent }
        : p.settings,
      threads: mergeById(p.threads, history.threads),
      messages: mergeById(p.messages, history.messages),
      backup: sameDevice
        ? {
            ...p.backup,
            syncedMessageIds: mergeIds(
              p.backup.syncedMessageIds,
              history.messages.map((m) => m.id),
            ),
          }
        : p.backup,
      setup: { ...p.setup, skippedSignIn: false, summary },
    }),
    phoneId,
  );
  return summary;
}
