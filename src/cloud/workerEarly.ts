/**
 * The cloud's service worker (MSW's script) is registered as soon as the shell has painted, so it
 * installs on its own thread while the app's JavaScript evaluates: on a first visit that takes the
 * worker's start-up off the path to a usable phone. MSW's `worker.start()` then finds it running.
 *
 * MSW reloads a page that has its worker registered but is not controlled by it, so the cloud's
 * start waits (`cloudWorkerControls`) until the worker registered here has claimed the page.
 * It waits only when a claim is coming: a worker that was already active before this page ran
 * and yet does not control it (a hard reload) never claims it again, and is left to MSW. Any
 * failure is left to `worker.start()` too, which reports it.
 */
export const CLOUD_WORKER_URL = '/mockServiceWorker.js';

let controls: Promise<void> = Promise.resolve();

export function registerCloudWorkerEarly(
  sw: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): void {
  if (!sw || sw.controller) return; // no service workers, or already controlled (a reload)
  controls = waitForControl(sw).catch(() => undefined);
}

async function waitForControl(sw: ServiceWorkerContainer): Promise<void> {
  const existing = await sw.getRegistration();
  if (existing?.active) return; // active, yet not controlling this page: no claim will come
  const claimed = new Promise<void>((resolve) =>
    sw.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
  const registration = await sw.register(CLOUD_WORKER_URL);
  if (sw.controller) return;
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return;
  const failed = new Promise<void>((resolve) =>
    worker.addEventListener('statechange', () => worker.state === 'redundant' && resolve()),
  );
  await Promise.race([claimed, failed]);
}

/** Resolves once the early registration has settled, whichever way it went. */
export function cloudWorkerControls(): Promise<void> {
  return controls;
}
