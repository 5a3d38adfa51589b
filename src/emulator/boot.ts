import type { PhoneRouter } from '../app/routes';
import { markCloudFailed, markCloudReady } from '../api/cloudReady';
import { startDownloads } from '../backup/downloads';
import { setSurroundings } from '../cloud/surroundings';
import { PHONE_NUMBER } from '../cloud/demoAccount';
import { clock, environmentStore } from '../device/environment';
import { activePhone, deviceStore, hydrateDevice, onDeviceSaved } from '../device/store';
import { notices } from '../lib/notices';
import { bootStore } from './bootState';
import { runJob } from './jobs';
import { createPhoneEmulator } from './emulatorApi';
import { bootPhoneEmulator } from './phoneEmulatorStub';

const SCHEDULE_INTERVAL_MS = 30_000;

/**
 * Loads the saved phone (or a `?scenario=`), then hands the emulator API to the page and starts
 * what runs in the background. The cloud starts beside it.
 */
export async function bootEmulator(router: PhoneRouter): Promise<void> {
  try {
    const api = createPhoneEmulator(router);
    // The cloud keeps the emulated time; a text to the phone cannot arrive while that phone is
    // being set up (SPEC section 4).
    setSurroundings({
      now: () => clock.now(),
      textReachable: (to) => !(to === PHONE_NUMBER && !activePhone().setup.complete),
    });
    void startCloud();
    // A `?scenario=` is built while the saved phone loads, and applied once it has loaded.
    const scenario = new URL(location.href).searchParams.get('scenario');
    const built = scenario ? import('./scenarios/apply').then((m) => m.prepareScenario(scenario)) : null;
    built?.catch(() => undefined); // reported below, once the phone has loaded
    await Promise.all([hydrateDevice(), environmentStore.persist.rehydrate()]);
    if (built) {
      const applied = await built.then((apply) => apply()).catch(scenarioFailed);
      // The phone is ready while the scenario's cloud commits; ready() waits for that too.
      if (applied) void runJob(applied.cloudStored.catch(scenarioFailed));
    }
    bootStore.setState({ phase: 'ready' });
    // Calls made before now (the page's stub held them) run on the loaded phone.
    bootPhoneEmulator(api);
    syncAcrossTabs();
    startScheduler();
    startDownloads();
  } catch (e) {
    bootStore.setState({ phase: 'failed', error: e instanceof Error ? e : new Error(String(e)) });
    throw e;
  }
}

const scenarioFailed = (e: unknown) =>
  notices.push({ id: 'scenario-failed', text: e instanceof Error ? e.message : String(e) });

/**
 * The cloud (MSW) starts with the boot, beside the phone's loading: `ready()` waits for it, and
 * its worker's start is mostly the browser's work (docs/decisions.md, Loading).
 */
async function startCloud(): Promise<void> {
  try {
    const { startCloud } = await import('../cloud/browser');
    await startCloud();
    markCloudReady();
  } catch (e) {
    markCloudFailed(e instanceof Error ? e : new Error(String(e)));
    notices.push({
      id: 'cloud-unreachable',
      text: "The simulated cloud couldn't start in this browser, so the phone can't reach its Microsoft account or backups. The phone itself still works.",
    });
    return;
  }
  // Another tab's change to the cloud shows here too (the account website's delete).
  const { refreshQueriesOnCloudChange } = await import('./cloudSync');
  await refreshQueriesOnCloudChange();
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

/** Background backups fall due with the emulated clock, the network and the power. */
function startScheduler(): void {
  let queued = false;
  const check = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      void runJob(import('../backup/autoBackup').then(({ runScheduledBackups }) => runScheduledBackups()));
    });
  };
  environmentStore.subscribe(check);
  setInterval(check, SCHEDULE_INTERVAL_MS);
}
