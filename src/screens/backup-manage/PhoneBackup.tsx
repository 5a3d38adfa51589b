import { useId, useState } from 'react';
import type { BackupSummary } from '../../api/schemas';
import { useDeleteBackup, type BackupPartKind } from '../../api/backups/deleteBackup';
import { isApiError } from '../../api/errors';
import { formatBytes, formatDateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { CheckBox } from '../../ui/CheckBox';
import { MessageDialog } from '../../ui/MessageDialog';

const DELETE_CONFIRM_TEXT =
  "If you delete this backup, you won't be able to restore it unless you back up again.";
const DELETE_FAILED = 'There was a problem deleting the backup. Try again later.';

/** One phone's backup: what it holds, and deleting parts of it (after asking). */
export function PhoneBackup({ backup, accountId }: { backup: BackupSummary; accountId: string | undefined }) {
  const headingId = useId();
  const [settingsChecked, setSettingsChecked] = useState(false);
  const [appsChecked, setAppsChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteBackup(accountId);
  const hasSettings = backup.parts.settings !== null;
  const hasApps = backup.parts.apps !== null;
  // App data cannot be restored without the settings that list the apps: it goes with them.
  const appsGo = hasApps && (appsChecked || settingsChecked);
  const parts: BackupPartKind[] = [
    ...(hasSettings && settingsChecked ? (['settings'] as const) : []),
    ...(appsGo ? (['apps'] as const) : []),
  ];

  const confirm = () => {
    setConfirming(false);
    remove.mutate(
      { deviceId: backup.deviceId, parts },
      {
        onSuccess: () => {
          setSettingsChecked(false);
          setAppsChecked(false);
        },
      },
    );
  };

  return (
    <section aria-labelledby={headingId} className="pt-[12px]">
      <h2 id={headingId} className="m-0 text-wp-large leading-tight font-light break-words">
        {backup.phoneName}
      </h2>
      <p className="m-0 mb-[6px] text-wp-normal text-subtle">
        {backup.model} · {formatDateTime(backup.createdAt)}
      </p>
      <CheckBox
        label="settings backup"
        checked={settingsChecked}
        onChange={setSettingsChecked}
        disabled={!hasSettings || remove.isPending}
        description={
          backup.parts.settings ? formatBytes(backup.parts.settings.sizeBytes) : 'not in this backup'
        }
      />
      <CheckBox
        label="app backup"
        checked={appsGo}
        onChange={setAppsChecked}
        disabled={!hasApps || settingsChecked || remove.isPending}
        description={
          !backup.parts.apps
            ? 'not in this backup'
            : settingsChecked
              ? `${formatBytes(backup.parts.apps.sizeBytes)}, deleted with the settings backup`
              : formatBytes(backup.parts.apps.sizeBytes)
        }
      />
      {remove.isError ? (
        <p role="alert" className="m-0 my-[9px] text-wp-normal leading-snug">
          {isApiError(remove.error) && remove.error.status !== 500 ? remove.error.message : DELETE_FAILED}
        </p>
      ) : null}
      <div className="pt-[9px]">
        <Button onClick={() => setConfirming(true)} disabled={parts.length === 0 || remove.isPending}>
          delete
        </Button>
      </div>
      <MessageDialog
        open={confirming}
        text={DELETE_CONFIRM_TEXT}
        positive={{ label: 'delete', onClick: confirm }}
        negative={{ label: 'cancel', onClick: () => setConfirming(false) }}
      />
    </section>
  );
}
