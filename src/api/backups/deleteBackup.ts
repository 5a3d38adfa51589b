import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updatePhone } from '../../device/store';
import { cloudRequest, devicePath } from '../client';
import { queryKeys } from '../queryKeys';
import { websiteSessionStore } from '../website/session';

export type BackupPartKind = 'settings' | 'apps';

/** `DELETE /api/devices/:deviceId/backup?parts=settings,apps`. Without `token`, the phone's session. */
export const deleteBackup = (deviceId: string, parts: BackupPartKind[], token?: string) =>
  cloudRequest(`${devicePath(deviceId)}/backup?parts=${parts.join(',')}`, { method: 'DELETE', token });

/**
 * Deletes parts of one phone's backup. Without its settings part a backup cannot be restored (the
 * cloud drops its app data too), so the phone then shows `no backup yet`.
 */
export function useDeleteBackup(accountId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ deviceId, parts }: { deviceId: string; parts: BackupPartKind[] }) => {
      await deleteBackup(deviceId, parts);
      if (parts.includes('settings')) {
        updatePhone(
          (p) => ({ ...p, backup: { ...p.backup, lastBackupAt: null, skippedApps: [] } }),
          deviceId,
        );
      }
    },
    // Even a failed delete may have changed something on the way: show what the cloud holds now.
    onSettled: (_data, _error, { deviceId }) =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.backups(accountId) }),
        client.invalidateQueries({ queryKey: queryKeys.storage(accountId) }),
        client.invalidateQueries({ queryKey: queryKeys.backup(accountId, deviceId) }),
      ]),
  });
}

/**
 * The account website's `delete`: the whole backup of one phone, with the website's session.
 * Everything cached from the cloud in this tab is refreshed, the phone's lists too; other tabs
 * learn of it from the cloud (the emulator refreshes them, src/emulator/cloudSync.ts).
 */
export function useWebsiteDeleteBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deviceId: string) =>
      deleteBackup(deviceId, ['settings', 'apps'], websiteSessionStore.getState().session?.token),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.all }),
  });
}
