import { setupWorker } from 'msw/browser';
import { setCloudSeed } from './db';
import { cloudHandlers } from './handlers';
import { CLOUD_WORKER_URL, cloudWorkerControls } from './workerEarly';
import { seedDemoAccount } from './seed';

/** Starts the cloud in this tab; rejects when the worker cannot register. */
export async function startCloud(): Promise<void> {
  setCloudSeed(seedDemoAccount);
  const worker = setupWorker(...cloudHandlers());
  await cloudWorkerControls();
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: CLOUD_WORKER_URL },
  });
}
