import { cloudReady } from '../api/cloudReady';
import { queryClient } from '../api/queryClient';
import { queryKeys } from '../api/queryKeys';
import { cloudRead, onCloudChange } from '../cloud/db';
import type { CloudIndex } from '../cloud/schema';
import { runJob } from './jobs';

/** What the screens show of the cloud: the backups, the text histories, the OneDrive use. */
function shownOf(index: CloudIndex): string {
  return JSON.stringify([
    index.backups.map((b) => [
      b.deviceId,
      b.accountId,
      b.createdAt,
      b.parts.settings?.sizeBytes,
      b.parts.apps?.sizeBytes,
    ]),
    index.messageStores.map((m) => [m.deviceId, m.sizeBytes, m.count]),
    index.cameraRoll.length,
    index.accounts.map((a) => [a.id, a.quotaBytes, a.otherBytes]),
  ]);
}

/**
 * The screens learn of a change to the cloud made elsewhere (the account website deleting a
 * backup in another tab, SPEC section 4b): when what they show has changed, every cloud query of
 * this tab is refreshed. Changes nothing shows (a sign-in, a staged upload) refresh nothing, so
 * two tabs never keep each other refreshing. Resolves once it knows what the screens show.
 */
export function refreshQueriesOnCloudChange(): Promise<void> {
  let shown: string | null = null;
  let looking: Promise<void> | null = null;
  let again = false;
  const look = async (afterChange: boolean) => {
    await cloudReady;
    const now = await cloudRead(shownOf);
    // A change before the first look is taken for one that shows.
    const changed = afterChange && now !== shown;
    shown = now;
    if (changed) await queryClient.invalidateQueries({ queryKey: queryKeys.all });
  };
  const onChange = () => {
    if (looking) {
      again = true;
      return;
    }
    looking = runJob(look(true).catch(() => undefined)).finally(() => {
      looking = null;
      if (again) {
        again = false;
        onChange();
      }
    });
  };
  onCloudChange(onChange);
  return look(false).catch(() => undefined);
}
