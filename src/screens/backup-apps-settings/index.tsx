import { usePhone } from '../../api/useDevice';
import { autoBackupTrouble } from '../../backup/autoBackup';
import { setAppBackup, setSettingsBackup } from '../../backup/settings';
import { formatDateTime } from '../../lib/format';
import { LinkItem } from '../../ui/ListItem';
import { Page } from '../../ui/Page';
import { ToggleSwitch } from '../../ui/ToggleSwitch';
import { SignInFirst } from '../backup/SignInFirst';
import { BackUpNow } from './BackUpNow';

const SETTINGS_DESCRIPTION =
  'Back up my app list, Start screen, theme and accent color, lock screen, ringtones, accounts and passwords, call history, Internet Explorer favorites, dictionary words and some settings.';
const APPS_DESCRIPTION =
  'Back up app data, like game progress and high scores, for apps that support it (up to 100 MB an app).';

/** SETTINGS / apps+settings: what the phone backs up, when it last did, and `back up now`. */
export function Component() {
  const signedIn = usePhone((p) => p.microsoftAccount !== null);
  const settingsBackup = usePhone((p) => p.backup.settingsBackup);
  const appBackup = usePhone((p) => p.backup.appBackup);
  const lastBackupAt = usePhone((p) => p.backup.lastBackupAt);
  const skippedApps = usePhone((p) => p.backup.skippedApps);
  const phoneName = usePhone((p) => p.identity.phoneName);
  const trouble = usePhone(autoBackupTrouble);

  if (!signedIn) {
    return (
      <Page app="SETTINGS" title="apps+settings">
        <SignInFirst />
      </Page>
    );
  }
  return (
    <Page app="SETTINGS" title="apps+settings">
      <ToggleSwitch
        label="Settings backup"
        checked={settingsBackup}
        onChange={setSettingsBackup}
        description={SETTINGS_DESCRIPTION}
      />
      <ToggleSwitch
        label="App backup"
        checked={appBackup}
        onChange={setAppBackup}
        disabled={!settingsBackup}
        description={settingsBackup ? APPS_DESCRIPTION : 'Turn on Settings backup to back up app data.'}
      />
      {skippedApps.length > 0 ? (
        <p className="m-0 py-[5px] text-wp-normal leading-snug text-subtle">
          Not backed up (over 100 MB): {skippedApps.join(', ')}
        </p>
      ) : null}
      <p className="m-0 pt-[12px] pb-[2px] text-wp-medium leading-snug break-words">
        {phoneName} ·{' '}
        {lastBackupAt === null ? 'no backup yet' : `last backup ${formatDateTime(lastBackupAt)}`}
      </p>
      <p className="m-0 text-wp-normal leading-snug text-subtle">
        Your phone backs up about once a day when it's on Wi-Fi and charging.
      </p>
      {trouble ? (
        <p role="status" className="m-0 pt-[7px] text-wp-normal leading-snug">
          {trouble}
        </p>
      ) : null}
      <BackUpNow enabled={settingsBackup} />
      <LinkItem
        title="manage backups"
        state="see and delete backups in OneDrive"
        to="/settings/backup/apps-settings/manage"
      />
    </Page>
  );
}
