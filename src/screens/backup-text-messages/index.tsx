import { useMutation } from '@tanstack/react-query';
import { usePhone } from '../../api/useDevice';
import { syncMessages } from '../../backup/messages';
import { setTextBackup } from '../../backup/settings';
import { formatDateTime } from '../../lib/format';
import { Page } from '../../ui/Page';
import { ToggleSwitch } from '../../ui/ToggleSwitch';
import { SignInFirst } from '../backup/SignInFirst';

/** SETTINGS / text messages: SMS and MMS backup, incremental, on its own schedule. */
export function Component() {
  const signedIn = usePhone((p) => p.microsoftAccount !== null);
  const textBackup = usePhone((p) => p.backup.textBackup);
  const lastSyncAt = usePhone((p) => p.backup.lastMessageSyncAt);
  const sync = useMutation({ mutationFn: syncMessages });

  const change = (on: boolean) => {
    setTextBackup(on);
    sync.reset();
    // The first sync starts at once, in the background; the page does not wait for it.
    if (on) sync.mutate();
  };

  return (
    <Page app="SETTINGS" title="text messages">
      {signedIn ? (
        <>
          <ToggleSwitch
            label="Text message backup"
            checked={textBackup}
            onChange={change}
            description="Back up your text messages (SMS) and multimedia messages (MMS) to OneDrive. After the first backup, only new messages go up, at regular intervals."
          />
          <p className="m-0 py-[5px] text-wp-normal leading-snug text-subtle">
            {lastSyncAt === null ? 'Not backed up yet.' : `Last backed up ${formatDateTime(lastSyncAt)}`}
          </p>
          {sync.isError ? (
            <p role="status" className="m-0 py-[5px] text-wp-normal leading-snug">
              Your messages couldn't be backed up right now. The phone will try again later.
            </p>
          ) : null}
        </>
      ) : (
        <SignInFirst />
      )}
    </Page>
  );
}
