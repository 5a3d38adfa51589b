import { setupWorker } from 'msw/browser';
import { setCloudSeed } from './db';
import { cloudHandlers } from './handlers';
import { seedDemoAccount } from './seed';

const CLOUD_WORKER_URL = '/mockServiceWorker.js';

/**
 * MSW's `worker.start()` asks the browser to update a worker that is already registered and does
 * not wait for the answer (mswjs/msw#2006). When that update fails, the worker already running
 * goes on serving the cloud, but the rejection would reach the page as an unhandled error.
 */
function absorbWorkerUpdateFailures(): void {
  const workerUrl = new URL(CLOUD_WORKER_URL, location.href).href;
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    if (
      reason instanceof TypeError &&
      reason.message.startsWith('Failed to update a ServiceWorker') &&
      reason.message.includes(workerUrl)
    )
      event.preventDefault();
  });
}

/**
 * Resolves once the worker controls this page: only then do the page's requests reach the cloud.
 * A page can come up without it (a hard reload; a navigation that raced the worker unregistering
 * itself as the previous page closed). MSW then reloads the page, yet goes on starting on the page
 * that is going: this never resolves there, so the cloud is never ready on a page about to go.
 * When MSW registers the worker afresh instead, the worker claims the page.
 */
function untilControlled(): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) =>
    container.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
}

/** Starts the cloud in this tab; rejects when the worker cannot register. */
export async function startCloud(): Promise<void> {
  setCloudSeed(seedDemoAccount);
  absorbWorkerUpdateFailures();
  const worker = setupWorker(...cloudHandlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: CLOUD_WORKER_URL },
  });
  await untilControlled();
}
