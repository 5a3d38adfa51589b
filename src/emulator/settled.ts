import { queryClient } from '../api/queryClient';
import { restoreRunStore } from '../backup/restoreRun';
import { backupRunStore } from '../backup/runState';
import { writesSettled } from '../lib/persistStorage';
import { renderedLocationStore } from '../app/RenderedLocation';
import type { PhoneRouter } from '../app/routes';
import { whenBooted } from './bootState';
import { jobsRunning, onJobsChange } from './jobs';
import { laterSectionsLoaded } from './panel/laterSections';

/**
 * What still moves the phone, read from the state the app already keeps: a navigation, a screen
 * not yet showing the router's location, a cloud query or mutation (every action a screen starts
 * is one), a backup or restore run, the emulator's own background jobs. Null when nothing does.
 */
function busyWith(router: PhoneRouter): string | null {
  const { initialized, navigation, revalidation, location } = router.state;
  if (!initialized || navigation.state !== 'idle' || revalidation !== 'idle') return 'navigation';
  if (renderedLocationStore.getState().key !== location.key) return 'render';
  if (queryClient.isFetching() > 0) return 'query';
  if (queryClient.isMutating() > 0) return 'mutation';
  if (backupRunStore.getState().running) return 'backup';
  if (restoreRunStore.getState().running) return 'restore';
  if (jobsRunning()) return 'background job';
  return null;
}

/** A wait this long says in the console what it is waiting for: a test that hangs then says why. */
const SLOW_WAIT_MS = 10_000;

/** Resolves once nothing is under way (see busyWith): at once when nothing is. */
export function untilIdle(router: PhoneRouter): Promise<void> {
  return new Promise((resolve) => {
    const slow = setTimeout(() => {
      const what = busyWith(router);
      if (what !== null)
        console.warn(
          `window.phoneEmulator: still waiting for the phone to settle after ${SLOW_WAIT_MS / 1000} s (${what}).`,
        );
    }, SLOW_WAIT_MS);
    const unsubscribes: (() => void)[] = [() => clearTimeout(slow)];
    const check = () => {
      if (busyWith(router) !== null) return;
      unsubscribes.forEach((u) => u());
      resolve();
    };
    unsubscribes.push(
      router.subscribe(check),
      renderedLocationStore.subscribe(check),
      queryClient.getQueryCache().subscribe(check),
      queryClient.getMutationCache().subscribe(check),
      backupRunStore.subscribe(check),
      restoreRunStore.subscribe(check),
      onJobsChange(check),
    );
    check();
  });
}

/** Two frames: the one that renders what changed, and the one after it has painted. */
function nextPaint(): Promise<void> {
  return new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}

/**
 * Resolves once the phone has settled: booted, the control panel whole, nothing under way (see
 * busyWith), what changed saved, and the screen painted. Something a callback starts just after
 * (a screen moving on once its mutation succeeded) is caught by looking again after the paint.
 */
export async function settled(router: PhoneRouter): Promise<void> {
  await whenBooted();
  // The control panel's later sections: in by now on most loads; drawn by the paint below.
  await laterSectionsLoaded;
  do {
    await untilIdle(router);
    await writesSettled();
    await nextPaint();
  } while (busyWith(router) !== null);
}
