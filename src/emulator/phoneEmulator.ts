import { cloudReady } from '../api/cloudReady';
import { queryClient } from '../api/queryClient';
import { readDeliveries } from '../cloud/inbox';
import { cloudConfig, type FaultSpec } from '../cloud/faults';
import { demoAccount } from '../cloud/seed';
import { clock, setNetwork, setPower, type NetworkMode, type PowerMode } from '../device/environment';
import { resetPhone } from '../device/reset';
import { runScheduledBackups } from '../backup/autoBackup';
import { idle, track } from './activity';
import { phoneReady } from './bootState';
import type { ScenarioName } from './scenarios';
import type { FaultKind } from '../cloud/faults';

export type { ScenarioName, FaultKind };

export interface InboxItem {
  channel: 'email' | 'call' | 'text';
  to: string;
  code: string;
  at: number;
}

/** The typed API tests and scripts drive the emulator with (SPEC section 6; README). */
export interface PhoneEmulator {
  ready(): Promise<void>;
  loadScenario(name: ScenarioName): Promise<void>;
  resetPhone(): Promise<void>;
  setNetwork(n: NetworkMode): Promise<void>;
  setPower(p: PowerMode): Promise<void>;
  clock: { now(): number; set(epochMs: number): Promise<void>; advance(ms: number): Promise<void> };
  setLatency(ms: number): void;
  injectFault(f: FaultSpec): void;
  clearFaults(): void;
  inbox(): Promise<InboxItem[]>;
  demoAccount: { email: string; password: string };
  exportState(): Promise<string>;
  importState(json: string): Promise<void>;
}

declare global {
  interface Window {
    phoneEmulator: PhoneEmulator;
  }
}

export interface EmulatorHost {
  /** Re-runs the route gate on the current path, or goes to `path`; resolves when rendered. */
  navigate(path?: string): Promise<void>;
}

/** Waits until background work and navigation are done and the screen has painted. */
async function settle(host: EmulatorHost, path?: string): Promise<void> {
  await idle();
  await host.navigate(path);
  await idle();
  await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}

/** After the surroundings change, the phone does what it would: background backups, downloads. */
async function afterEnvironmentChange(host: EmulatorHost): Promise<void> {
  await track(runScheduledBackups());
  await settle(host);
}

export function createPhoneEmulator(host: EmulatorHost): PhoneEmulator {
  return {
    async ready() {
      await phoneReady;
      try {
        await cloudReady;
      } catch (e) {
        throw new Error(`The simulated cloud could not start: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
      await settle(host);
    },
    async loadScenario(name) {
      await phoneReady;
      const { applyScenario } = await import('./scenarios/apply');
      await applyScenario(name);
      await settle(host, location.pathname);
    },
    async resetPhone() {
      await phoneReady;
      resetPhone();
      queryClient.clear();
      await settle(host, '/');
    },
    async setNetwork(n) {
      if (!['wifi', 'cellular', 'offline'].includes(n)) throw new Error(`Unknown network "${n}": use wifi, cellular or offline.`);
      setNetwork(n);
      await afterEnvironmentChange(host);
    },
    async setPower(p) {
      if (!['plugged', 'battery'].includes(p)) throw new Error(`Unknown power "${p}": use plugged or battery.`);
      setPower(p);
      await afterEnvironmentChange(host);
    },
    clock: {
      now: () => clock.now(),
      async set(epochMs) {
        if (!Number.isFinite(epochMs)) throw new Error('clock.set takes a time in milliseconds since 1970.');
        clock.set(epochMs);
        await afterEnvironmentChange(host);
      },
      async advance(ms) {
        if (!Number.isFinite(ms) || ms < 0) throw new Error('clock.advance takes a number of milliseconds, 0 or more.');
        clock.advance(ms);
        await afterEnvironmentChange(host);
      },
    },
    setLatency: (ms) => cloudConfig.setLatency(ms),
    injectFault: (f) => cloudConfig.inject(f),
    clearFaults: () => cloudConfig.clear(),
    inbox: () => readDeliveries(),
    demoAccount: { email: demoAccount.email, password: demoAccount.password },
    exportState: async () => (await import('./exportState')).exportState(),
    async importState(json) {
      await (await import('./exportState')).importState(json);
      await settle(host, location.pathname);
    },
  };
}
