/**
 * The cloud's service worker starts installing as soon as the page runs, while the app's
 * JavaScript is still being evaluated: on a first visit that takes most of the worker's start-up
 * (about 150 ms) off the path to a usable phone. MSW's `worker.start()` then finds it installed.
 *
 * MSW reloads a page that has its worker registered but does not control the page yet, so the
 * start waits (`cloudWorkerInstalled`) until this page is controlled. Any failure here is left to
 * `worker.start()`, which reports it (the phone then says the cloud is unreachable).
 */
export const CLOUD_WORKER_URL = '/mockServiceWorker.js';

/** Long enough for any install; past it the start goes on and MSW handles what it finds. */
const CONTROL_WAIT_MS = 5_000;

let installed: Promise<void> = Promise.resolve();

export function installCloudWorkerEarly(): void {
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  installed = sw
    .register(CLOUD_WORKER_URL)
    .then(() => {
      if (sw.controller) return;
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, CONTROL_WAIT_MS);
        sw.addEventListener(
          'controllerchange',
          () => {
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
      });
    })
    .catch(() => undefined);
}

/** Resolves when the early install has finished, whichever way it went. */
export function cloudWorkerInstalled(): Promise<void> {
  return installed;
}
