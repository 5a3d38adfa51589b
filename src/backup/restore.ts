import { getBackup } from '../api/backups/getBackup';
import { isApiError } from '../api/errors';
import { getMessages } from '../api/messages/getMessages';
import { clock, environmentStore } from '../device/environment';
import type { Account, SetupState } from '../device/schema';
import { decryptSecret } from '../device/secrets';
import { activePhone, updatePhone } from '../device/store';
import { applyRestore, rangeSince, type MessageRange, type RestoreSummary } from './restoreApply';
import { restoreRunStore } from './restoreRun';
import { appsSnapshotSchema, settingsSnapshotSchema, type AppsSnapshot } from './snapshot';

export {
  RANGE_LABELS,
  messageRanges,
  rangeSince,
  type MessageRange,
  type RestoreSummary,
} from './restoreApply';

const BACKUP_UNREADABLE_MESSAGE = "This backup couldn't be read. Try again later, or choose another backup.";
const SIGN_IN_TO_RESTORE_MESSAGE = 'Sign in with your Microsoft account to restore a backup.';

class RestoreError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'RestoreError';
  }
}

interface RestoreChoice {
  deviceId: string;
  range: MessageRange;
}

let current: Promise<RestoreSummary> | null = null;

/**
 * Restores the chosen backup onto the active phone: downloads its settings, app data and text
 * history, checks them against the snapshot schemas, and applies everything in one update, so a
 * failure (a download fault, going offline, a reload) leaves the phone as it was, with
 * `setup.restore` saying where to resume. Only reads from the cloud. One restore at a time: a
 * second call while one runs gets the same promise.
 */
export function restoreFromBackup(choice: RestoreChoice): Promise<RestoreSummary> {
  current ??= run(choice).finally(() => {
    current = null;
  });
  return current;
}

/** Whether a restore is running in this tab (a `running` status after a reload means it was cut off). */
export function restoreInProgress(): boolean {
  return current !== null;
}

type Status = NonNullable<SetupState['restore']>['status'];

async function run(choice: RestoreChoice): Promise<RestoreSummary> {
  const phone = activePhone();
  const phoneId = phone.identity.deviceId;
  const record = (status: Status, error: string | null = null) => ({ ...choice, status, error });
  const setProgress = (progress: number) => restoreRunStore.setState({ running: true, progress });
  setProgress(0);
  updatePhone((p) => ({ ...p, setup: { ...p.setup, restore: record('running') } }), phoneId);
  try {
    const account = phone.microsoftAccount;
    if (!account) throw new RestoreError(SIGN_IN_TO_RESTORE_MESSAGE);
    const now = clock.now();
    const detail = await getBackup(choice.deviceId);
    setProgress(40);
    const settings = settingsSnapshotSchema.safeParse(detail.settings);
    if (!settings.success) throw new RestoreError(BACKUP_UNREADABLE_MESSAGE);
    let apps: AppsSnapshot | null = null;
    if (detail.apps !== null && detail.apps !== undefined) {
      const parsed = appsSnapshotSchema.safeParse(detail.apps);
      if (!parsed.success) throw new RestoreError(BACKUP_UNREADABLE_MESSAGE);
      apps = parsed.data;
    }
    const history = await getMessages(choice.deviceId, rangeSince(choice.range, now));
    setProgress(75);
    const readablePasswords = await passwordsOpenedBy(account.dataKey, settings.data.accounts);
    setProgress(90);
    let summary: RestoreSummary | null = null;
    updatePhone((p) => {
      const out = applyRestore(p, {
        source: { deviceId: detail.deviceId, createdAt: detail.createdAt },
        settings: settings.data,
        apps,
        history,
        range: choice.range,
        readablePasswords,
        network: environmentStore.getState().network,
        now,
      });
      summary = out.summary;
      return { ...out.phone, setup: { ...out.phone.setup, restore: record('applied') } };
    }, phoneId);
    setProgress(100);
    return summary!;
  } catch (e) {
    const message =
      e instanceof RestoreError ? e.message : isApiError(e) ? e.message : BACKUP_UNREADABLE_MESSAGE;
    try {
      updatePhone((p) => ({ ...p, setup: { ...p.setup, restore: record('failed', message) } }), phoneId);
    } catch {
      // The phone is gone (a scenario replaced it): nothing to record.
    }
    throw e instanceof RestoreError ? e : new RestoreError(message, e);
  } finally {
    restoreRunStore.setState({ running: false });
  }
}

/**
 * Which backed-up account passwords this phone can open. The key exists only after the identity
 * check of sign-in, so without it no password comes back and each must be typed again.
 */
async function passwordsOpenedBy(dataKey: string | null, accounts: Account[]): Promise<Set<string>> {
  const readable = new Set<string>();
  if (!dataKey) return readable;
  for (const a of accounts) {
    if (a.password && (await decryptSecret(dataKey, a.password)) !== null) readable.add(a.id);
  }
  return readable;
}
