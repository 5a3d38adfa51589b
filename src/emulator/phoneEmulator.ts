import { cloudReady } from '../api/cloudReady';
import { queryClient } from '../api/queryClient';
import { readDeliveries } from '../cloud/inbox';
import { cloudConfig, type ActiveFault, type FaultError, type FaultSpec } from '../cloud/faults';
import { demoAccount } from '../cloud/demoAccount';
import {
  clock,
  environmentStore,
  setBatteryLevel,
  setNetwork,
  setPower,
  type NetworkMode,
  type PowerMode,
} from '../device/environment';
import { resetPhone } from '../device/reset';
import { deviceStore } from '../device/store';
import { chooseMotion, type Motion } from '../lib/motion';
import { writesSettled } from '../lib/persistStorage';
import { idle, nextPaint, track } from './activity';
import { phoneReady } from './bootState';
import {
  demoActive,
  demoStore,
  pauseDemo,
  resumeDemo,
  stopDemo,
  type DemoPace,
  type DemoPhase,
  type DemoStatus,
} from './demo/demoState';
import { scenarioNames, type ScenarioName } from './scenarios/names';
import type { FaultKind } from '../cloud/faults';

// The contract's types, from here only (the e2e fixture and the README point at this file).
export type {
  ScenarioName,
  FaultKind,
  FaultError,
  FaultSpec,
  ActiveFault,
  DemoPace,
  DemoPhase,
  DemoStatus,
  Motion,
  NetworkMode,
  PowerMode,
};

export interface InboxItem {
  channel: 'email' | 'call' | 'text';
  to: string;
  code: string;
  at: number;
}

/** One of the emulator's phones (the two-phones scenario has two). */
export interface PhoneInfo {
  deviceId: string;
  model: string;
  phoneName: string;
  /** Whether setup is done (else the phone shows setup). */
  setUp: boolean;
  /** The phone on screen. */
  active: boolean;
}

/**
 * The typed API tests and scripts drive the emulator with (SPEC section 6; README
 * "window.phoneEmulator"). Everything the control panel does goes through it, and every call that
 * returns a promise resolves once the phone has settled: background work done, screen rendered.
 */
export interface PhoneEmulator {
  ready(): Promise<void>;
  loadScenario(name: ScenarioName): Promise<void>;
  /** The scenario names loadScenario() and `?scenario=` accept. */
  readonly scenarios: readonly ScenarioName[];
  resetPhone(): Promise<void>;
  setNetwork(n: NetworkMode): Promise<void>;
  setPower(p: PowerMode): Promise<void>;
  /** Battery level, 0 to 100 (rounded). */
  setBatteryLevel(percent: number): Promise<void>;
  clock: {
    now(): number;
    set(epochMs: number): Promise<void>;
    advance(ms: number): Promise<void>;
    /** Stops the emulated clock where it is (the status bar time stays put). */
    pause(): Promise<void>;
    /** Lets the emulated clock run again, at real speed, from where it stood. */
    resume(): Promise<void>;
    running(): boolean;
  };
  setLatency(ms: number): void;
  /** The cloud's latency now, in ms. */
  latency(): number;
  injectFault(f: FaultSpec): void;
  /** The faults still waiting for their requests. */
  faults(): ActiveFault[];
  /** Removes one fault (by the id faults() gives). */
  removeFault(id: number): void;
  clearFaults(): void;
  /** Metro motion (src/lib/motion.ts): `full`, `reduced` (a cross-fade at most) or `off`; kept. */
  setMotion(m: Motion): Promise<void>;
  inbox(): Promise<InboxItem[]>;
  demoAccount: { email: string; password: string };
  exportState(): Promise<string>;
  importState(json: string): Promise<void>;
  /** The phones of the emulator (one, or two in the two-phones scenario). */
  phones(): PhoneInfo[];
  /** Shows another of the phones; it opens where it is (Start, or its setup step). */
  switchPhone(deviceId: string): Promise<void>;
  /**
   * The guided demo: loads the used phone, backs it up, resets it, sets it up again, restores the
   * backup and lets the apps reinstall, with a caption for each step. Resolves when it ends:
   * `done`, or `stopped` by stopDemo(); rejects if a step fails.
   */
  runDemo(options?: { pace?: DemoPace }): Promise<'done' | 'stopped'>;
  pauseDemo(): void;
  resumeDemo(): void;
  /** Stops the demo after the step under way; resolves once it has stopped. */
  stopDemo(): Promise<void>;
  demoStatus(): DemoStatus;
}

declare global {
  interface Window {
    phoneEmulator: PhoneEmulator;
  }
}

export interface EmulatorHost {
  /** Re-runs the route gate on the current path, or goes to `path`; resolves when rendered. */
  navigate(path?: string): Promise<void>;
  /** Resolves when no navigation is under way (the first screen has loaded). */
  routerIdle(): Promise<void>;
}

/**
 * Waits until background work is done, `route` has run (the router routing the phone, or just
 * going idle), what changed is saved and the screen has painted.
 */
async function settleAround(route: () => Promise<void>): Promise<void> {
  await idle();
  await route();
  await idle();
  await writesSettled();
  await nextPaint();
}

/** Settles after a change: the gate routes the phone again (or to `path`). */
function settle(host: EmulatorHost, path?: string): Promise<void> {
  return settleAround(() => host.navigate(path));
}

/** After the surroundings change, the phone does what it would: background backups, downloads. */
async function afterEnvironmentChange(host: EmulatorHost): Promise<void> {
  const { runScheduledBackups } = await import('../backup/autoBackup');
  await track(runScheduledBackups());
  await settle(host);
}

export function createPhoneEmulator(host: EmulatorHost): PhoneEmulator {
  const api: PhoneEmulator = {
    async ready() {
      await phoneReady;
      try {
        await cloudReady;
      } catch (e) {
        throw new Error(
          `The simulated cloud could not start: ${e instanceof Error ? e.message : String(e)}`,
          { cause: e },
        );
      }
      // Nothing changed the phone here: the gate has already routed it, so wait, don't re-route.
      await settleAround(() => host.routerIdle());
    },
    async loadScenario(name) {
      await phoneReady;
      const { applyScenario } = await import('./scenarios/apply');
      await applyScenario(name);
      await settle(host, location.pathname);
    },
    scenarios: scenarioNames,
    async resetPhone() {
      await phoneReady;
      resetPhone();
      queryClient.clear();
      await settle(host, '/');
    },
    async setNetwork(n) {
      if (!['wifi', 'cellular', 'offline'].includes(n))
        throw new Error(`Unknown network "${n}": use wifi, cellular or offline.`);
      setNetwork(n);
      await afterEnvironmentChange(host);
    },
    async setPower(p) {
      if (!['plugged', 'battery'].includes(p))
        throw new Error(`Unknown power "${p}": use plugged or battery.`);
      setPower(p);
      await afterEnvironmentChange(host);
    },
    async setBatteryLevel(percent) {
      if (!Number.isFinite(percent) || percent < 0 || percent > 100)
        throw new Error('setBatteryLevel takes a percentage from 0 to 100.');
      setBatteryLevel(percent);
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
        if (!Number.isFinite(ms) || ms < 0)
          throw new Error('clock.advance takes a number of milliseconds, 0 or more.');
        clock.advance(ms);
        await afterEnvironmentChange(host);
      },
      async pause() {
        clock.pause();
        await settle(host);
      },
      async resume() {
        clock.resume();
        await afterEnvironmentChange(host);
      },
      running: () => environmentStore.getState().clock.running,
    },
    setLatency: (ms) => cloudConfig.setLatency(ms),
    latency: () => cloudConfig.latencyMs,
    injectFault: (f) => cloudConfig.inject(f),
    faults: () => cloudConfig.faults().map((f) => ({ ...f })),
    removeFault: (id) => cloudConfig.clear(id),
    clearFaults: () => cloudConfig.clear(),
    async setMotion(m) {
      chooseMotion(m);
      await settleAround(() => host.routerIdle());
    },
    inbox: () => readDeliveries(),
    demoAccount: { email: demoAccount.email, password: demoAccount.password },
    exportState: async () => (await import('./exportState')).exportState(),
    async importState(json) {
      await (await import('./exportState')).importState(json);
      await settle(host, location.pathname);
    },
    phones() {
      const { activePhoneId, phones } = deviceStore.getState();
      return Object.values(phones).map((p) => ({
        deviceId: p.identity.deviceId,
        model: p.identity.model,
        phoneName: p.identity.phoneName,
        setUp: p.setup.complete,
        active: p.identity.deviceId === activePhoneId,
      }));
    },
    async switchPhone(deviceId) {
      await phoneReady;
      const { activePhoneId, phones } = deviceStore.getState();
      if (!phones[deviceId]) {
        throw new Error(
          `There is no phone "${deviceId}". The phones are: ${Object.keys(phones).join(', ')}.`,
        );
      }
      if (deviceId !== activePhoneId) {
        await idle();
        deviceStore.setState({ activePhoneId: deviceId });
        // Cloud answers cached for the other phone (its account, its backups) must not show here.
        queryClient.clear();
      }
      // The root gate sends the phone to Start, or to its setup step.
      await settle(host, '/');
    },
    async runDemo(options = {}) {
      if (demoActive()) throw new Error('The guided demo is already running: stop it first (stopDemo()).');
      const pace = options.pace ?? 'watch';
      if (
        pace !== 'watch' &&
        pace !== 'fast' &&
        !(typeof pace === 'number' && Number.isFinite(pace) && pace >= 0)
      ) {
        throw new Error('runDemo takes { pace: "watch" | "fast" | milliseconds per step }.');
      }
      await api.ready();
      const { runDemoScript } = await import('./demo/script');
      // At the fast pace (tests) a screen need not paint before the next step; at any other, it must.
      const go =
        pace === 'fast'
          ? async (path: string) => {
              await idle();
              await host.navigate(path);
            }
          : (path: string) => settle(host, path);
      const outcome = await runDemoScript({ pace, emulator: api, go });
      await settle(host);
      return outcome;
    },
    pauseDemo,
    resumeDemo,
    stopDemo,
    demoStatus: () => ({ ...demoStore.getState() }),
  };
  return api;
}
