import { router } from '../app/router';
import { markCloudFailed, markCloudReady } from '../api/cloudReady';
import { runScheduledBackups } from '../backup/autoBackup';
import { startDownloads } from '../backup/downloads';
import { setTextReachability } from '../cloud/delivery';
import { PHONE_NUMBER } from '../cloud/seed';
import { environmentStore } from '../device/environment';
import { activePhone, deviceStore, hydrateDevice, onDeviceSaved } from '../device/store';
import { notices } from '../lib/notices';
import { track } from './activity';
import { markPhoneReady } from './bootState';
import { createPhoneEmulator, type EmulatorHost } from './phoneEmulator';

const SCHEDULE_INTERVAL_MS = 30_000;

function routerIdle(): Promise<void> {
  const isIdle = () => router.state.navigation.state === 'idle' && router.state.revalidation === 'idle';
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

const host: EmulatorHost = {
  async navigate(path) {
    await routerIdle();
    await router.navigate(path ?? `${location.pathname}${location.search}`, { replace: true });
    await routerIdle();
  },
};

/** Loads the saved phone (or a `?scenario=`), starts the cloud after the first paint, and the API. */
export async function bootEmulator(): Promise<void> {
  window.phoneEmulator = createPhoneEmulator(host);
  // A text to the phone cannot arrive while that phone is being set up (SPEC section 4).
  setTextReachability((to) => !(to === PHONE_NUMBER && !activePhone().setup.complete));

  void startCloudAfterPaint();
  await Promise.all([hydrateDevice(), environmentStore.persist.rehydrate()]);
  const scenario = new URL(location.href).searchParams.get('scenario');
  if (scenario) {
    const { applyScenario } = await import('./scenarios/apply');
    await applyScenario(scenario).catch((e: unknown) =>
      notices.push({ id: 'scenario-failed', text: e instanceof Error ? e.message : String(e) }),
    );
  }
  markPhoneReady();
  syncAcrossTabs();
  startScheduler();
  startDownloads(); // restored apps reinstall in the background over Wi-Fi (src/backup/downloads.ts)
}

async function startCloudAfterPaint(): Promise<void> {
  await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  try {
    const { startCloud } = await import('../cloud/browser');
    await startCloud();
    markCloudReady();
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    markCloudFailed(error);
    notices.push({
      id: 'cloud-unreachable',
      text: "The simulated cloud couldn't start in this browser, so the phone can't reach its Microsoft account or backups. The phone itself still works.",
    });
  }
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
      void track(runScheduledBackups());
    });
  };
  environmentStore.subscribe(check);
  setInterval(check, SCHEDULE_INTERVAL_MS);
}
