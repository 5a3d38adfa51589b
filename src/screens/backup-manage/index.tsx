import { useBackups } from '../../api/backups/getBackups';
import { usePhone } from '../../api/useDevice';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { IndeterminateProgress } from '../../ui/ProgressBar';
import { SignInFirst } from '../backup/SignInFirst';
import { OneDriveUse } from './OneDriveUse';
import { PhoneBackup } from './PhoneBackup';

/** SETTINGS / manage backups: the OneDrive use and this phone's backup, which can be deleted. */
export function Component() {
  const accountId = usePhone((p) => p.microsoftAccount?.accountId);
  if (!accountId) {
    return (
      <Page app="SETTINGS" title="manage backups">
        <SignInFirst />
      </Page>
    );
  }
  return (
    <Page app="SETTINGS" title="manage backups">
      <OneDriveUse />
      <ThisPhonesBackup accountId={accountId} />
    </Page>
  );
}

function ThisPhonesBackup({ accountId }: { accountId: string }) {
  const deviceId = usePhone((p) => p.identity.deviceId);
  const backups = useBackups();
  if (backups.isPending) {
    return (
      <div className="py-[14px]">
        <IndeterminateProgress label="finding backups" />
      </div>
    );
  }
  if (backups.isError) {
    return (
      <div className="py-[7px]">
        <p role="alert" className="m-0 mb-[9px] text-wp-normal leading-snug">
          We couldn't get the list of backups. {backups.error.message}
        </p>
        <Button onClick={() => void backups.refetch()}>try again</Button>
      </div>
    );
  }
  const mine = backups.data.find((b) => b.deviceId === deviceId && (b.parts.settings || b.parts.apps));
  if (!mine)
    return <p className="m-0 py-[12px] text-wp-medium leading-snug">There's no backup of this phone yet.</p>;
  // Keyed by time: a newer backup starts with both boxes clear.
  return <PhoneBackup key={mine.createdAt} backup={mine} accountId={accountId} />;
}
