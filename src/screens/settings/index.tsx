import { usePhone } from '../../api/useDevice';
import { dataLimitLabel } from '../../device/labels';
import { storageUsage } from '../../device/storageUsage';
import { formatBytes } from '../../lib/format';
import { LinkItem } from '../../ui/ListItem';
import { Page } from '../../ui/Page';

/**
 * SETTINGS / settings: the system settings this emulator has, in the order of Windows Phone 8.1
 * (ringtones+sounds and lock screen come after the theme and before email+accounts).
 */
export function Component() {
  const theme = usePhone((p) => `${p.settings.theme}, ${p.settings.accent}`);
  const ringtone = usePhone((p) => p.settings.ringtone);
  const lockScreen = usePhone((p) => p.settings.lockScreen);
  const account = usePhone(
    (p) =>
      p.microsoftAccount?.email ?? (p.accounts.length > 0 ? `${p.accounts.length} accounts` : 'no accounts'),
  );
  const freeOnPhone = usePhone((p) => storageUsage(p).phone.free);
  const dataLimit = usePhone((p) => dataLimitLabel(p.settings.dataSenseLimitMb));
  const phoneName = usePhone((p) => p.identity.phoneName);
  return (
    <Page app="SETTINGS" title="settings">
      <nav aria-label="settings">
        <LinkItem title="theme" state={theme} to="/settings/theme" />
        <LinkItem title="ringtones+sounds" state={ringtone} to="/settings/ringtones-sounds" />
        <LinkItem title="lock screen" state={lockScreen} to="/settings/lock-screen" />
        <LinkItem title="email+accounts" state={account} to="/settings/email-accounts" />
        <LinkItem title="backup" state="back up your stuff" to="/settings/backup" />
        <LinkItem
          title="storage sense"
          state={`${formatBytes(freeOnPhone)} free on phone`}
          to="/settings/storage-sense"
        />
        <LinkItem title="data sense" state={dataLimit} to="/settings/data-sense" />
        <LinkItem title="about" state={phoneName} to="/settings/about" />
      </nav>
    </Page>
  );
}
