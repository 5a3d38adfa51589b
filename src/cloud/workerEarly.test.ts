import { describe, expect, it, vi } from 'vitest';
import { CLOUD_WORKER_URL } from './workerEarly';

/** A worker of a registration, whose state the test moves on. */
function fakeWorker(state: ServiceWorkerState) {
  return Object.assign(new EventTarget(), { state });
}

/**
 * A stand-in for navigator.serviceWorker: what is registered before the page runs, and what
 * register() gives back. Control and state changes happen when the test says.
 */
function fakeContainer(opts: { existing?: object; registered?: () => Promise<object> }) {
  const sw = Object.assign(new EventTarget(), {
    controller: null as object | null,
    getRegistration: vi.fn(() => Promise.resolve(opts.existing)),
    register: vi.fn(opts.registered ?? (() => Promise.resolve({ installing: fakeWorker('installing') }))),
  });
  return sw;
}

async function freshModule() {
  vi.resetModules();
  return import('./workerEarly');
}

const isSettled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('registerCloudWorkerEarly', () => {
  it('registers the worker on a first visit and waits until it has claimed the page', async () => {
    const sw = fakeContainer({});
    const { registerCloudWorkerEarly, cloudWorkerControls } = await freshModule();
    registerCloudWorkerEarly(sw as unknown as ServiceWorkerContainer);
    const controls = cloudWorkerControls();
    expect(await isSettled(controls)).toBe(false);
    expect(sw.register).toHaveBeenCalledWith(CLOUD_WORKER_URL);
    // Until the worker claims the page, MSW would reload it: the cloud's start still waits.
    sw.controller = {};
    sw.dispatchEvent(new Event('controllerchange'));
    expect(await isSettled(controls)).toBe(true);
  });

  it('does nothing on a page the worker already controls (a reload)', async () => {
    const sw = fakeContainer({});
    sw.controller = {};
    const { registerCloudWorkerEarly, cloudWorkerControls } = await freshModule();
    registerCloudWorkerEarly(sw as unknown as ServiceWorkerContainer);
    expect(await isSettled(cloudWorkerControls())).toBe(true);
    expect(sw.register).not.toHaveBeenCalled();
  });

  it('does not wait for a claim that cannot come: an active worker that does not control the page', async () => {
    // A hard reload: the worker is active but this page bypassed it. MSW handles that case.
    const sw = fakeContainer({ existing: { active: fakeWorker('activated') } });
    const { registerCloudWorkerEarly, cloudWorkerControls } = await freshModule();
    registerCloudWorkerEarly(sw as unknown as ServiceWorkerContainer);
    expect(await isSettled(cloudWorkerControls())).toBe(true);
    expect(sw.register).not.toHaveBeenCalled();
  });

  it('stops waiting when the worker fails to install, and leaves the report to MSW', async () => {
    const worker = fakeWorker('installing');
    const sw = fakeContainer({ registered: () => Promise.resolve({ installing: worker }) });
    const { registerCloudWorkerEarly, cloudWorkerControls } = await freshModule();
    registerCloudWorkerEarly(sw as unknown as ServiceWorkerContainer);
    const controls = cloudWorkerControls();
    expect(await isSettled(controls)).toBe(false);
    worker.state = 'redundant';
    worker.dispatchEvent(new Event('statechange'));
    expect(await isSettled(controls)).toBe(true);
  });

  it('leaves a registration that is refused (404) to MSW, which reports it', async () => {
    const sw = fakeContainer({ registered: () => Promise.reject(new Error('404')) });
    const { registerCloudWorkerEarly, cloudWorkerControls } = await freshModule();
    registerCloudWorkerEarly(sw as unknown as ServiceWorkerContainer);
    await expect(cloudWorkerControls()).resolves.toBeUndefined();
  });

  it('is a no-op in a browser without service workers', async () => {
    const { registerCloudWorkerEarly, cloudWorkerControls } = await freshModule();
    registerCloudWorkerEarly(undefined);
    await expect(cloudWorkerControls()).resolves.toBeUndefined();
  });
});
