import { putMessages } from '../api/messages/putMessages';
import { clock } from '../device/environment';
import { activePhone, updatePhone } from '../device/store';
import { notices } from '../lib/notices';

/** Texts per request: a long history goes up in pieces, each kept as it lands. */
export const MESSAGE_CHUNK = 1000;

const TEXT_BACKUP_FAILED = {
  id: 'text-backup-failed',
  text: "Your text messages couldn't be backed up. The phone will try again later.",
};

/**
 * Text message backup is incremental: only messages the cloud has not had yet go up, at most
 * MESSAGE_CHUNK at a time; what one request took is marked synced before the next goes, so an
 * interruption resends only the rest. Returns how many went up.
 */
export async function syncMessages(): Promise<number> {
  const phone = activePhone();
  const deviceId = phone.identity.deviceId;
  if (!phone.microsoftAccount || !phone.backup.textBackup) return 0;
  const synced = new Set(phone.backup.syncedMessageIds);
  const fresh = phone.messages.filter((m) => !synced.has(m.id));
  for (let start = 0; start < fresh.length; start += MESSAGE_CHUNK) {
    const chunk = fresh.slice(start, start + MESSAGE_CHUNK);
    const threadIds = new Set(chunk.map((m) => m.threadId));
    await putMessages(deviceId, {
      phoneName: phone.identity.phoneName,
      model: phone.identity.model,
      threads: phone.threads.filter((t) => threadIds.has(t.id)),
      messages: chunk,
    });
    updatePhone(
      (p) => ({
        ...p,
        backup: { ...p.backup, syncedMessageIds: [...p.backup.syncedMessageIds, ...chunk.map((m) => m.id)] },
      }),
      deviceId,
    );
  }
  updatePhone((p) => ({ ...p, backup: { ...p.backup, lastMessageSyncAt: clock.now() } }), deviceId);
  return fresh.length;
}

/** Backs the texts up in the background: a failure is shown (not swallowed), and cleared by the next success. */
export async function backUpTexts(): Promise<void> {
  try {
    await syncMessages();
    notices.dismiss(TEXT_BACKUP_FAILED.id);
  } catch {
    notices.push(TEXT_BACKUP_FAILED);
  }
}
