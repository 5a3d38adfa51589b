import { setupWorker } from 'msw/browser';
import { setCloudSeed } from './db';
import { handlers } from './handlers';
import { seedDemoAccount } from './seed';

export const worker = setupWorker(...handlers);

/** Starts the cloud in this tab; rejects when the worker cannot register. */
export async function startCloud(): Promise<void> {
  setCloudSeed(seedDemoAccount);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
