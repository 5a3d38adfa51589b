import {
  BOOT_HOOK,
  bootPhoneEmulator,
  failPhoneEmulatorBoot,
  installPhoneEmulatorStub,
  phoneEmulatorMethods,
  type PhoneEmulatorMembers,
} from './phoneEmulatorStub';
import type { PhoneEmulator } from './phoneEmulator';

const phoneEmulatorMembers: PhoneEmulatorMembers = {
  ...phoneEmulatorMethods,
  values: { demoAccount: { email: 'demo@outlook.com', password: 'Lumia-930' }, scenarios: ['heavy-phone'] },
};

/** A stand-in for the app's API: each method records its call and answers with its name. */
function fakeApi(calls: string[]): PhoneEmulator {
  const method =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
      return name === 'clock.now' ? 42 : `${name} done`;
    };
  const api: Record<string, unknown> = {
    clock: Object.fromEntries(phoneEmulatorMembers.clockMethods.map((m) => [m, method(`clock.${m}`)])),
  };
  for (const m of phoneEmulatorMembers.methods) api[m] = method(m);
  return api as unknown as PhoneEmulator;
}

describe('window.phoneEmulator before the app boots', () => {
  beforeEach(() => installPhoneEmulatorStub(phoneEmulatorMembers, BOOT_HOOK));

  it('has every method and value of the contract at once', () => {
    const stub = window.phoneEmulator;
    for (const m of phoneEmulatorMembers.methods)
      expect(typeof stub[m as keyof PhoneEmulator]).toBe('function');
    for (const m of phoneEmulatorMembers.clockMethods)
      expect(typeof stub.clock[m as keyof PhoneEmulator['clock']]).toBe('function');
    expect(stub.demoAccount.email).toBe('demo@outlook.com');
    expect(stub.scenarios).toContain('heavy-phone');
  });

  it('holds calls until the boot, runs them in order, then goes straight through', async () => {
    const calls: string[] = [];
    const stub = window.phoneEmulator;
    stub.setLatency(250);
    const now = stub.clock.now() as unknown as Promise<number>;
    const ready = stub.ready();
    expect(calls).toEqual([]);
    bootPhoneEmulator(fakeApi(calls));
    await expect(now).resolves.toBe(42);
    await expect(ready).resolves.toBe('ready done');
    expect(calls).toEqual(['setLatency(250)', 'clock.now()', 'ready()']);
    expect(stub.clock.now()).toBe(42); // booted: answered at once, not as a promise
  });

  it('rejects waiting and later calls with a clear Error when the boot failed', async () => {
    const ready = window.phoneEmulator.ready();
    failPhoneEmulatorBoot(new Error('no #root element'));
    await expect(ready).rejects.toThrow('The emulator could not start: no #root element');
    await expect(window.phoneEmulator.loadScenario('used-phone')).rejects.toThrow(
      'The emulator could not start: no #root element',
    );
  });
});
