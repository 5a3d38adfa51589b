import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for navigator.serviceWorker: registration and control happen when the test says. */
function fakeServiceWorker(register: () => Promise<unknown>) {
  const target = new EventTarget();
  const sw = Object.assign(target, { controller: null as object | null, register: vi.fn(register) });
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: sw });
  return sw;
}

async function freshModule() {
  vi.resetModules();
  return import('./earlyWorker');
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('installCloudWorkerEarly', () => {
  it('waits until the worker controls the page, so that MSW does not reload it', async () => {
    const sw = fakeServiceWorker(() => Promise.resolve({}));
    const { installCloudWorkerEarly, cloudWorkerInstalled, CLOUD_WORKER_URL } = await freshModule();
    installCloudWorkerEarly();
    expect(sw.register).toHaveBeenCalledWith(CLOUD_WORKER_URL);
    const installed = cloudWorkerInstalled();
    expect(await settled(installed)).toBe(false);
    sw.controller = {};
    sw.dispatchEvent(new Event('controllerchange'));
    expect(await settled(installed)).toBe(true);
  });

  it('does not wait when the page is already controlled', async () => {
    const sw = fakeServiceWorker(() => Promise.resolve({}));
    sw.controller = {};
    const { installCloudWorkerEarly, cloudWorkerInstalled } = await freshModule();
    installCloudWorkerEarly();
    expect(await settled(cloudWorkerInstalled())).toBe(true);
  });

  it('leaves a failed registration to worker.start(), which reports it', async () => {
    fakeServiceWorker(() => Promise.reject(new Error('404')));
    const { installCloudWorkerEarly, cloudWorkerInstalled } = await freshModule();
    installCloudWorkerEarly();
    await expect(cloudWorkerInstalled()).resolves.toBeUndefined();
  });

  it('stops waiting for control after a while instead of holding the cloud back forever', async () => {
    vi.useFakeTimers();
    fakeServiceWorker(() => Promise.resolve({}));
    const { installCloudWorkerEarly, cloudWorkerInstalled } = await freshModule();
    installCloudWorkerEarly();
    const installed = cloudWorkerInstalled();
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(installed).resolves.toBeUndefined();
  });
});
