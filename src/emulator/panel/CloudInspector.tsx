import type { CloudAccount, CloudIndex } from '../../cloud/schema';
import { backupSize, usedBytes } from '../../cloud/oneDriveUse';
import { lockedUntil } from '../../cloud/signInThrottle';
import { clock } from '../../device/environment';
import { formatBytes, formatDateTime } from '../../lib/format';
import { InspectorPart } from './InspectorPart';
import { PanelAlert, PanelSection } from './PanelSection';
import { useCloudRead } from './useCloud';

/**
 * What the simulated cloud holds, as it changes: accounts (the password only as its salted hash),
 * their devices, each device's backup with its parts and contents (account passwords in them are
 * ciphertext), text-message histories, OneDrive use and the camera roll.
 */
export function CloudInspector() {
  const { data: index, error } = useCloudRead((i) => i);
  return (
    <PanelSection title="cloud inspector">
      {error ? <PanelAlert>The cloud could not be read: {error}</PanelAlert> : null}
      {index === undefined ? null : index.accounts.length === 0 ? (
        <p className="panel-subtle">The cloud has no accounts.</p>
      ) : (
        <ul aria-label="accounts" className="panel-list">
          {index.accounts.map((a) => (
            <li key={a.id}>
              <AccountDetails account={a} index={index} />
            </li>
          ))}
        </ul>
      )}
      {index && index.uploads.length > 0 ? (
        <p className="panel-subtle panel-note">
          {index.uploads.length} upload{index.uploads.length === 1 ? '' : 's'} staged, not committed
          (invisible until complete).
        </p>
      ) : null}
    </PanelSection>
  );
}

function AccountDetails({ account: a, index }: { account: CloudAccount; index: CloudIndex }) {
  const now = clock.now();
  const used = usedBytes(index, a.id, now);
  const signInLockedUntil = lockedUntil(index, a.email, now);
  const devices = index.devices.filter((d) => d.accountId === a.id);
  const photos = index.cameraRoll.filter((p) => p.accountId === a.id);
  const photoBytes = photos.reduce((s, p) => s + p.sizeBytes, 0);
  const sessions = index.sessions.filter((s) => s.accountId === a.id).length;
  return (
    <details className="panel-details" open>
      <summary>
        <span className="panel-mono">{a.email}</span>{' '}
        <span className="panel-subtle">
          · {formatBytes(used)} / {formatBytes(a.quotaBytes)}
        </span>
      </summary>
      <dl className="panel-pairs">
        <dt>name</dt>
        <dd>{a.displayName}</dd>
        <dt>password</dt>
        <dd>
          {a.passwordHash ? (
            <>
              <span className="panel-subtle">PBKDF2 hash </span>
              <code className="panel-cipher">{a.passwordHash.slice(0, 24)}…</code>
            </>
          ) : (
            <span className="panel-subtle">none: left out of the state file it came from</span>
          )}
        </dd>
        <dt>contacts</dt>
        <dd>{a.contacts.map((c) => `${c.method} ${c.to}`).join(', ')}</dd>
        <dt>OneDrive</dt>
        <dd>
          {formatBytes(used)} used of {formatBytes(a.quotaBytes)}
          {a.otherBytes > 0 ? ` (other files ${formatBytes(a.otherBytes)})` : ''}
        </dd>
        <dt>camera roll</dt>
        <dd>
          {photos.length} {photos.length === 1 ? 'item' : 'items'}
          {photos.length > 0 ? ` · ${formatBytes(photoBytes)}` : ''}
        </dd>
        <dt>sessions</dt>
        <dd>
          {sessions} signed in
          {a.codesLockedUntil ? ` · codes locked until ${formatDateTime(a.codesLockedUntil)}` : ''}
          {signInLockedUntil ? ` · sign-in locked until ${formatDateTime(signInLockedUntil)}` : ''}
        </dd>
      </dl>
      {devices.length === 0 ? (
        <p className="panel-subtle">No devices yet.</p>
      ) : (
        <ul aria-label={`devices of ${a.email}`} className="panel-list">
          {devices.map((d) => (
            <li key={d.id}>
              <DeviceDetails
                deviceId={d.id}
                accountId={a.id}
                title={`${d.phoneName} (${d.model})`}
                index={index}
              />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function DeviceDetails({
  deviceId,
  accountId,
  title,
  index,
}: {
  deviceId: string;
  accountId: string;
  title: string;
  index: CloudIndex;
}) {
  const mine = (x: { deviceId: string; accountId: string }) =>
    x.deviceId === deviceId && x.accountId === accountId;
  const backup = index.backups.find(mine);
  const messages = index.messageStores.find(mine);
  return (
    <details className="panel-details panel-nested">
      <summary>
        {title}{' '}
        <span className="panel-subtle">
          · {backup ? `backup ${formatDateTime(backup.createdAt)}` : 'no backup'}
        </span>
      </summary>
      <p className="panel-subtle panel-mono">{deviceId}</p>
      {backup ? (
        <>
          <p className="panel-note">
            Backup of {formatDateTime(backup.createdAt)}, {formatBytes(backupSize(backup))}
          </p>
          {backup.parts.settings ? (
            <InspectorPart key={`s-${backup.createdAt}`} title="settings" {...backup.parts.settings} />
          ) : null}
          {backup.parts.apps ? (
            <InspectorPart key={`a-${backup.createdAt}`} title="app data" {...backup.parts.apps} />
          ) : null}
        </>
      ) : null}
      {messages ? (
        <p className="panel-note">
          Text messages: {messages.count} ({formatBytes(messages.sizeBytes)})
        </p>
      ) : null}
    </details>
  );
}
