import type { ActiveFault, FaultError, FaultKind, FaultSpec } from '../cloud/faults';
import type { NetworkMode, PowerMode } from '../device/environment';
import type { Motion } from '../lib/motion';
import type { DemoOptions, DemoPace, DemoPhase, DemoStatus } from './demo/demoState';
import type { ScenarioName } from './scenarios/names';

/*
 * The contract of `window.phoneEmulator` (SPEC section 6), written here once: the implementation
 * (emulatorApi.ts), the page's inline stub (phoneEmulatorStub.ts), the e2e fixture and the README
 * all follow this file.
 */

// The contract's types, from here only (the e2e fixture and the README point at this file).
export type {
  ScenarioName,
  FaultKind,
  FaultError,
  FaultSpec,
  ActiveFault,
  DemoOptions,
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
  /**
   * The whole emulator as JSON. By default without session tokens, keys, codes or password hashes:
   * imported, its phones keep their data and sign in again. `includeSecrets` makes an exact copy,
   * and the file says so at its top.
   */
  exportState(options?: { includeSecrets?: boolean }): Promise<string>;
  importState(json: string): Promise<void>;
  /** The phones of the emulator (one, or two in the two-phones scenario). */
  phones(): PhoneInfo[];
  /** Shows another of the phones; it opens where it is (Start, or its setup step). */
  switchPhone(deviceId: string): Promise<void>;
  /**
   * The guided demo: loads the used phone, backs it up, resets it, sets it up again, restores the
   * backup and lets the apps reinstall, with a caption for each step. `website: true` adds the
   * chapter that shows the new backup on the account website. Resolves when it ends: `done`, or
   * `stopped` by stopDemo(); rejects if a step fails.
   */
  runDemo(options?: DemoOptions): Promise<'done' | 'stopped'>;
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
