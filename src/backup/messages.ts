import { putMessages } from '../api/messages/putMessages';
import { clock } from '../device/environment';
import { activePhone, updatePhone } from '../device/store';

/**
 * Text message backup is incremental: only messages the cloud has not had yet go up.
 * Returns how many went up.
 */
export async function syncMessages(): Promise<number> {
  const phone = activePhone();
  if (!phone.microsoftAccount || !phone.backup.textBackup) return 0;
  const synced = new Set(phone.backup.syncedMessageIds);
  const fresh = phone.messages.filter((m) => !synced.has(m.id));
  if (fresh.length === 0) {
    updatePhone(
      (p) => ({ ...p, backup: { ...p.backup, lastMessageSyncAt: clock.now() } }),
      phone.identity.deviceId,
    );
    return 0;
  }
  const threadIds = new Set(fresh.map((m) => m.threadId));
  await putMessages(phone.identity.deviceId, {
    phoneName: phone.identity.phoneName,
    model: phone.identity.model,
    threads: phone.threads.filter((t) => threadIds.has(t.id)),
    messages: fresh,
  });
  updatePhone(
    (p) => ({
      ...p,
      backup: {
        ...p.backup,
        lastMessageSyncAt: clock.now(),
        syncedMessageIds: [...p.backup.syncedMessageIds, ...fresh.map((m) => m.id)],
      },
    }),
    phone.identity.deviceId,
  );
  return fresh.length;
}
