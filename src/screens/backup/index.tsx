import { usePhone } from '../../api/useDevice';
import { LinkItem } from '../../ui/ListItem';
import { Page } from '../../ui/Page';
import { onOff, photoLabel } from './labels';
import { SignInFirst } from './SignInFirst';

/** SETTINGS / backup: the three kinds of backup, each with its state under it. */
export function Component() {
  const signedIn = usePhone((p) => p.microsoftAccount !== null);
  const settingsBackup = usePhone((p) => p.backup.settingsBackup);
  const textBackup = usePhone((p) => p.backup.textBackup);
  const photos = usePhone((p) => p.backup.photos);
  return (
    <Page app="SETTINGS" title="backup">
      {signedIn ? null : <SignInFirst />}
      <nav aria-label="backup">
        <LinkItem title="apps+settings" state={onOff(settingsBackup)} to="/settings/backup/apps-settings" />
        <LinkItem title="text messages" state={onOff(textBackup)} to="/settings/backup/text-messages" />
        <LinkItem title="photos+videos" state={photoLabel(photos)} to="/settings/backup/photos-videos" />
      </nav>
    </Page>
  );
}
