import type { MessageHistory } from '../api/schemas';
import type { NetworkMode } from '../device/environment';
import type { Account, App, DeviceState, SetupState } from '../device/schema';
import { formatDate } from '../lib/format';
import type { AppsSnapshot, SettingsSnapshot } from './snapshot';

export type MessageRange = NonNullable<SetupState['restore']>['range'];
export type RestoreSummary = NonNullable<SetupState['summary']>;

/** The choices of the text-message history step, in the words of the phone (SPEC section 3). */
export const RANGE_LABELS: Record<MessageRange, string> = {
  month: 'last month',
  '3months': 'last 3 months',
  year: 'last year',
  any: 'any time',
};
export const messageRanges = Object.keys(RANGE_LABELS) as MessageRange[];

const RANGE_MONTHS: Record<MessageRange, number | null> = { month: 1, '3months': 3, year: 12, any: null };

/** The oldest message time the range keeps: calendar months back from `now`, 0 for any time. */
export function rangeSince(range: MessageRange, now: number): number {
  const months = RANGE_MONTHS[range];
  if (months === null) return 0;
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.getTime();
}

/** Never restored, whatever the backup holds (SPEC section 4; the article's own findings). */
export const NEVER_RESTORED = [
  'Wi-Fi networks',
  'Data Sense settings',
  'Storage Sense settings',
  'photos and videos (they stay in OneDrive)',
];

interface RestoreInput {
  /** The backup's own device, and when it was made. */
  source: { deviceId: string; createdAt: number };
  settings: SettingsSnapshot;
  /** Null when the backup was made with app backup off. */
  apps: AppsSnapshot | null;
  history: MessageHistory;
  range: MessageRange;
  /** Ids of backed-up accounts whose password this phone's data key opens. */
  readablePasswords: ReadonlySet<string>;
  network: NetworkMode;
  now: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function mergeById<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): T[] {
  const ids = new Set(current.map((x) => x.id));
  return [...current, ...incoming.filter((x) => !ids.has(x.id))];
}

/** A store app of the backup, back as a placeholder tile that the download engine installs. */
function placeholderApp(
  a: SettingsSnapshot['installedApps'][number],
  data: AppsSnapshot['apps'][number] | undefined,
  optedIn: boolean,
  network: NetworkMode,
): App {
  return {
    id: a.id,
    name: a.name,
    sizeBytes: a.sizeBytes,
    location: 'phone',
    builtIn: false,
    backupOptIn: optedIn,
    appDataBytes: data?.bytes ?? 0,
    appData: data?.data ?? {},
    installState: network === 'wifi' ? 'downloading' : 'waiting-for-wifi',
    downloadProgress: 0,
  };
}

/**
 * The phone after a restore, and what came back and what did not. Pure: the engine downloads and
 * checks everything first, then writes this in one update, so a phone is never half restored.
 */
export function applyRestore(
  phone: DeviceState,
  input: RestoreInput,
): { phone: DeviceState; summary: RestoreSummary } {
  const { settings: snap, apps: appsSnap, history } = input;
  const sameDevice = input.source.deviceId === phone.identity.deviceId;
  const restored: string[] = [];
  const notRestored: string[] = [];

  // Apps: the phone's own are built in; store apps that were on the phone come back to download.
  // Apps on the SD card are not reinstalled: the reset phone no longer knows them (the article).
  const storeApps = snap.installedApps.filter((a) => !a.builtIn);
  const sdApps = storeApps.filter((a) => a.location === 'sd');
  const have = new Set(phone.apps.map((a) => a.id));
  const dataOf = new Map((appsSnap?.apps ?? []).map((a) => [a.id, a]));
  const optedIn = new Set([...(appsSnap?.apps ?? []), ...(appsSnap?.skipped ?? [])].map((a) => a.id));
  const newApps = storeApps
    .filter((a) => a.location === 'phone' && !have.has(a.id))
    .map((a) => placeholderApp(a, dataOf.get(a.id), optedIn.has(a.id), input.network));
  const apps = [...phone.apps, ...newApps];
  const onPhone = new Set(apps.map((a) => a.id));
  const startTiles = snap.startTiles.filter((t) => onPhone.has(t.appId));

  // Accounts: passwords stay encrypted; one this phone's key cannot open must be typed again.
  const backedUp = snap.accounts.filter((a) => a.kind !== 'microsoft');
  const accounts: Account[] = [
    ...phone.accounts,
    ...backedUp
      .filter((a) => !phone.accounts.some((p) => p.id === a.id))
      .map((a) => ({ ...a, password: a.password && input.readablePasswords.has(a.id) ? a.password : null })),
  ];
  const needing = accounts.filter((a) => a.kind !== 'microsoft' && a.password === null).map((a) => a.id);

  const since = rangeSince(input.range, input.now);
  const messages = history.messages.filter((m) => m.at >= since);
  const usedThreads = new Set(messages.map((m) => m.threadId));

  restored.push(
    `Start layout (${plural(startTiles.length, 'tile')})`,
    'theme and accent color',
    'lock screen background',
  );
  restored.push(
    'ringtones and notification settings',
    `Internet Explorer favorites (${snap.favorites.length})`,
  );
  if (snap.dictionary.length > 0) restored.push(`dictionary words (${snap.dictionary.length})`);
  restored.push('settings of photos, messaging, email and speech');
  if (backedUp.length > 0) {
    const withPassword = backedUp.length - needing.length;
    restored.push(
      `${plural(backedUp.length, 'account')} (${withPassword} with ${withPassword === 1 ? 'its password' : 'their passwords'})`,
    );
  }
  restored.push(`call history (${plural(snap.calls.length, 'call')})`);
  restored.push(`text messages (${messages.length}, ${RANGE_LABELS[input.range]})`);
  if (newApps.length > 0)
    restored.push(`${plural(newApps.length, 'app')} from the Store (they download over Wi-Fi)`);
  const withData = newApps.filter((a) => dataOf.has(a.id));
  if (withData.length > 0) restored.push(`app data of ${plural(withData.length, 'app')}`);
  if (sameDevice) restored.push(`phone name (${snap.phoneName})`);

  if (sdApps.length > 0) notRestored.push(`apps on the SD card: ${sdApps.map((a) => a.name).join(', ')}`);
  if (appsSnap === null) notRestored.push('app data (app backup was off)');
  else if (appsSnap.skipped.length > 0)
    notRestored.push(`app data over 100 MB: ${appsSnap.skipped.map((a) => a.name).join(', ')}`);
  if (needing.length > 0)
    notRestored.push(`passwords of ${plural(needing.length, 'account')} (type them again)`);
  if (input.range !== 'any') notRestored.push(`text messages from before ${formatDate(since)}`);
  notRestored.push(...NEVER_RESTORED);

  const summary = { restored, notRestored };
  const restoredIds = messages.map((m) => m.id);
  return {
    summary,
    phone: {
      ...phone,
      identity: sameDevice ? { ...phone.identity, phoneName: snap.phoneName } : phone.identity,
      settings: {
        ...phone.settings,
        theme: snap.theme,
        accent: snap.accent,
        lockScreen: snap.lockScreen,
        ringtone: snap.ringtone,
        notifications: snap.notifications,
        startTiles,
        favorites: snap.favorites,
        dictionary: snap.dictionary,
        photosApp: snap.photosApp,
        messaging: snap.messaging,
        email: snap.email,
        speech: snap.speech,
      },
      apps,
      accounts,
      threads: mergeById(
        phone.threads,
        history.threads.filter((t) => usedThreads.has(t.id)),
      ),
      messages: mergeById(phone.messages, messages),
      calls: mergeById(phone.calls, snap.calls),
      backup: {
        ...phone.backup,
        // The same phone's backup is still in the cloud: the phone shows it, and does not send
        // back the texts the cloud already has. Another phone's backup is not this phone's.
        lastBackupAt: sameDevice ? input.source.createdAt : phone.backup.lastBackupAt,
        syncedMessageIds: sameDevice
          ? mergeIds(phone.backup.syncedMessageIds, restoredIds)
          : phone.backup.syncedMessageIds,
        enabledAt: phone.backup.enabledAt ?? input.now,
      },
      setup: { ...phone.setup, summary, accountsNeedingPassword: needing },
    },
  };
}

export function mergeIds(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
