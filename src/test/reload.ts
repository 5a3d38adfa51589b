import { queryClient } from '../api/queryClient';
import { resetDownloadClock } from '../backup/downloads';
import { restoreRunStore } from '../backup/restoreRun';
import { backupRunStore } from '../backup/runState';
import { signInSession } from '../backup/setup/signInSession';
import { dropCloudCache } from '../cloud/db';
import { environmentStore } from '../device/environment';
import { deviceStore } from '../device/store';
import { notices } from '../lib/notices';

/**
 * A page reload, in a unit test (docs/testing.md): what the page held in memory is gone (the runs
 * in progress, the sign-in under way, the cloud's and the queries' caches, the notices, the
 * download clock) and the stores are read back from what was saved (the test's IndexedDB). The
 * one place that knows every piece of in-memory state; each piece is reset through its owner.
 */
export async function simulateReload(): Promise<void> {
  for (const store of [backupRunStore, restoreRunStore, signInSession, notices.store] as const)
    (store.setState as (s: unknown, replace: true) => void)(store.getInitialState(), true);
  dropCloudCache();
  queryClient.clear();
  resetDownloadClock();
  await Promise.all([deviceStore.persist.rehydrate(), environmentStore.persist.rehydrate()]);
}
