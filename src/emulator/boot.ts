import type { AppRouter } from '../app/router';
import { markCloudFailed, markCloudReady } from '../api/cloudReady';
import { setTextReachability } from '../cloud/delivery';
import { PHONE_NUMBER } from '../cloud/demoAccount';
import { environmentStore } from '../device/environment';
import { activePhone, deviceStore, hydrateDevice, onDeviceSaved } from '../device/store';
import { notices } from '../lib/notices';
import { nextPaint, track } from './activity';
import { firstScreenShown, markFirstScreenShown, markPhoneReady, phoneReady } from './bootState';
import { createPhoneEmulator, type EmulatorHost } from './phoneEmulator';
import { bootPhoneEmulator } from './phoneEmulatorStub';

const SCHEDULE_INTERVAL_MS = 30_000;

/** Resolves when the router has loaded its first screen and no navigation is under way. */
function routerIdle(router: AppRouter): Promise<void> {
  const isIdle = () =>
    router.state.initialized &&
    router.state.navigation.state === 'idle' &&
    router.state.revalidation === 'idle';
  if (isIdle()) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe(() => {
      if (isIdle()) {
        unsubscribe();
        resolve();
      }
    });
  });
}

function emulatorHost(router: AppRouter): EmulatorHost {
  return {
    routerIdle: () => routerIdle(router),
    async navigate(path) {
      await routerIdle(router);
      await router.navigate(path ?? `${location.pathname}${location.search}`, { replace: true });
      await routerIdle(router);
    },
  };
}

/** Loads the saved phone (or a `?scenario=`), starts the cloud beside it, and the API. */
export async function bootEmulator(router: AppRouter): Promise<void> {
  const host = emulatorHost(router);
  const api = createPhoneEmulator(host);
  // A text to the phone cannot arrive while that phone is being set up (SPEC section 4).
  setTextReachability((to) => !(to === PHONE_NUMBER && !activePhone().setup.complete));

  performance.mark('emulator:boot');
  void startCloud(phoneReady.then(host.routerIdle), host.routerIdle);
  // A `?scenario=` is built while the saved phone loads, and applied once it has loaded.
  const scenario = new URL(location.href).searchParams.get('scenario');
  const built = scenario ? import('./scenarios/apply').then((m) => m.prepareScenario(scenario)) : null;
  built?.catch(() => undefined); // reported below, once the phone has loaded
  await Promise.all([hydrateDevice(), environmentStore.persist.rehydrate()]);
  performance.mark('emulator:hydrated');
  const scenarioFailed = (e: unknown) =>
    notices.push({ id: 'scenario-failed', text: e instanceof Error ? e.message : String(e) });
  if (built) {
    const applied = await built.then((apply) => apply()).catch(scenarioFailed);
    // The phone is ready while the scenario's cloud commits; ready() waits for that (idle()).
    if (applied) void track(applied.cloudStored.catch(scenarioFailed));
  }
  performance.mark('emulator:phone-ready');
  markPhoneReady();
  // Calls made before now (the page's stub held them) run on the loaded phone.
  bootPhoneEmulator(api);
  syncAcrossTabs();
  startScheduler();
  // Restored apps reinstall in the background over Wi-Fi. The background jobs load once the first
  // screen is up: it does not need them.
  void firstScreenShown
    .then(() => import('../backup/downloads'))
    .then(({ startDownloads }) => startDownloads());
}

/**
 * The cloud's chunk loads beside the app's first render, and its mocking starts once the first
 * screen's code has loaded: MSW's worker hands every request of a page it mocks to that page,
 * so the screen's chunks would otherwise queue behind a busy main thread.
 */
async function startCloud(firstScreen: Promise<void>, whenRouterIdle: () => Promise<void>): Promise<void> {
  try {
    const { startCloud } = await import('../cloud/browser');
    performance.mark('emulator:cloud-import');
    await firstScreen;
    await startCloud();
    performance.mark('emulator:cloud-ready');
    markCloudReady();
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    markCloudFailed(error);
    notices.push({
      id: 'cloud-unreachable',
      text: "The simulated cloud couldn't start in this browser, so the phone can't reach its Microsoft account or backups. The phone itself still works.",
    });
  }
  // The panel's other sections wait for this (and still come when the cloud failed).
  await firstScreen;
  await whenRouterIdle();
  await nextPaint();
  markFirstScreenShown();
}

/** Another tab saved the phone: load what it saved, so both tabs show the same phone. */
function syncAcrossTabs(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel('wp-phone');
  const tabId = crypto.randomUUID();
  onDeviceSaved(() => channel.postMessage(tabId));
  channel.addEventListener('message', (e: MessageEvent) => {
    if (e.data !== tabId) void deviceStore.persist.rehydrate();
  });
}

function startScheduler(): void {
  let queued = false;
  const check = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      void track(import('../backup/autoBackup').then(({ runScheduledBackups }) => runScheduledBackups()));
    });
  };
  environmentStore.subscribe(check);
  setInterval(check, SCHEDULE_INTERVAL_MS);
}
