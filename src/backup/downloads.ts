import { MB } from '../device/defaults';
import { clock, environmentStore, type NetworkMode } from '../device/environment';
import type { App } from '../device/schema';
import { activePhone, updatePhone } from '../device/store';

/**
 * The Store's background reinstall of restored apps (SPEC section 4): over Wi-Fi only, unless
 * the user chose to download an app now over cellular data. Progress follows the emulated clock,
 * so a test or the panel can make it deterministic: `clock.advance()` moves every download on
 * by that much time at these speeds.
 */
export const WIFI_BYTES_PER_SEC = 3 * MB;
export const CELLULAR_BYTES_PER_SEC = 1 * MB;
/** How often, in real time, the background downloads move on while the clock runs. */
const DOWNLOAD_TICK_MS = 1000;

let lastTickAt: number | null = null;

function stateOn(app: App, network: NetworkMode): App['installState'] {
  if (network === 'wifi') return 'downloading';
  if (app.cellular) return network === 'cellular' ? 'downloading' : 'pending';
  return 'waiting-for-wifi';
}

function step(app: App, network: NetworkMode, elapsedMs: number): App {
  if (app.installState === 'installed') return app;
  const state = stateOn(app, network);
  // Only a download that was already running earns the time since the last tick.
  if (state !== 'downloading' || app.installState !== 'downloading' || elapsedMs === 0) {
    return state === app.installState ? app : { ...app, installState: state };
  }
  const speed = network === 'wifi' ? WIFI_BYTES_PER_SEC : CELLULAR_BYTES_PER_SEC;
  const progress = app.downloadProgress + ((elapsedMs / 1000) * speed * 100) / Math.max(app.sizeBytes, 1);
  if (progress >= 100) {
    const { cellular: _done, ...rest } = app;
    return { ...rest, installState: 'installed', downloadProgress: 100 };
  }
  return { ...app, downloadProgress: progress };
}

/**
 * One tick of the downloads on the active phone: puts each waiting app in the state the network
 * allows and moves running downloads on by the emulated time since the last tick. Nothing
 * downloads before setup is done. Synchronous, so a caller sees the new states at once.
 */
export function runDownloads(): void {
  const env = environmentStore.getState();
  const now = clock.now(env);
  const elapsedMs = lastTickAt === null ? 0 : Math.max(0, now - lastTickAt);
  lastTickAt = now;
  const phone = activePhone();
  if (!phone.setup.complete || phone.apps.every((a) => a.installState === 'installed')) return;
  const next = phone.apps.map((a) => step(a, env.network, elapsedMs));
  if (next.every((a, i) => a === phone.apps[i])) return;
  const byId = new Map(next.map((a) => [a.id, a]));
  updatePhone((p) => ({ ...p, apps: p.apps.map((a) => byId.get(a.id) ?? a) }), phone.identity.deviceId);
}

/**
 * The user tapped `download` in store > downloads: this app may use cellular data. Returns false
 * when there is nothing to do (installed, already downloading, unknown).
 */
export function downloadAppNow(appId: string): boolean {
  const app = activePhone().apps.find((a) => a.id === appId);
  if (!app || app.installState === 'installed' || app.installState === 'downloading') return false;
  updatePhone((p) => ({
    ...p,
    apps: p.apps.map((a): App =>
      a.id === appId ? { ...a, installState: 'downloading', cellular: true } : a,
    ),
  }));
  runDownloads();
  return true;
}

/**
 * Starts the background downloads: a tick now, on every change of the surroundings (so switching
 * to Wi-Fi starts them before `setNetwork` resolves, and moving the clock moves them on), and
 * every DOWNLOAD_TICK_MS of real time. Returns a stop function.
 */
export function startDownloads(): () => void {
  runDownloads();
  const unsubscribe = environmentStore.subscribe(runDownloads);
  const id = setInterval(runDownloads, DOWNLOAD_TICK_MS);
  return () => {
    unsubscribe();
    clearInterval(id);
  };
}

/** Forget the last tick (tests, and after the emulator's clock was replaced by a scenario). */
export function resetDownloadClock(): void {
  lastTickAt = null;
}
