import { usePhone } from '../../app/hooks';
import { dataLimitLabel } from '../../device/labels';
import { storageUsage } from '../../device/usage';
import { formatBytes } from '../../lib/format';
import { LinkItem } from '../../ui/ListItem';
import { Page } from '../../ui/Page';

/** SETTINGS / settings: the system settings this emulator has. */
export function Component() {
  const theme = usePhone((p) => `${p.settings.theme}, ${p.settings.accent}`);
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
