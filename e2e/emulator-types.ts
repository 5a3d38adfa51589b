/**
 * The shape of `window.phoneEmulator` as SPEC section 6 defines it, for typing page.evaluate()
 * in the end-to-end tests. Deliberately a copy of the contract, not an import from src/: the tests
 * check the app against the spec, not against itself.
 */

/** The scenarios SPEC section 6 lists (names as the app uses them in `?scenario=`). */
export type KnownScenario =
  'new-phone' | 'used-phone' | 'two-phones' | 'almost-full' | 'flaky-network' | 'heavy-phone';
/** Any scenario name; the known ones autocomplete. */
export type ScenarioName = KnownScenario | (string & {});

export type NetworkMode = 'wifi' | 'cellular' | 'offline';
export type PowerMode = 'plugged' | 'battery';
export type FaultKind =
  'sign-in' | 'send-code' | 'list-backups' | 'upload' | 'commit' | 'download' | 'delete' | 'storage';
export type FaultError = 'server-error' | 'timeout' | 'quota-full';

export interface Fault {
  kind: FaultKind;
  error: FaultError;
  /** Defaults to 1. */
  times?: number | 'always';
}

export interface InboxMessage {
  channel: 'email' | 'call' | 'text';
  to: string;
  code: string;
  at: number;
}

export interface PhoneEmulator {
  /** Resolves when the app has booted and the cloud worker runs. */
  ready(): Promise<void>;
  loadScenario(name: ScenarioName): Promise<void>;
  /** Wipes the phone, keeps the cloud. */
  resetPhone(): Promise<void>;
  setNetwork(n: NetworkMode): Promise<void>;
  setPower(p: PowerMode): Promise<void>;
  clock: {
    now(): number;
    set(epochMs: number): Promise<void>;
    advance(ms: number): Promise<void>;
    /** Beyond SPEC: stop and restart the emulated clock. */
    pause(): Promise<void>;
    resume(): Promise<void>;
    running(): boolean;
  };
  setLatency(ms: number): void;
  injectFault(f: Fault): void;
  clearFaults(): void;
  /** Codes delivered; a text to a phone that is being set up is never delivered. */
  inbox(): Promise<InboxMessage[]>;
  demoAccount: { email: string; password: string };
  exportState(): Promise<string>;
  /** Rejects with a clear Error on bad input. */
  importState(json: string): Promise<void>;

  // Beyond SPEC section 6: what the control panel does too (README "window.phoneEmulator").
  readonly scenarios: readonly ScenarioName[];
  setBatteryLevel(percent: number): Promise<void>;
  latency(): number;
  faults(): ActiveFault[];
  removeFault(id: number): void;
  phones(): PhoneInfo[];
  switchPhone(deviceId: string): Promise<void>;
  runDemo(options?: { pace?: DemoPace }): Promise<'done' | 'stopped'>;
  pauseDemo(): void;
  resumeDemo(): void;
  stopDemo(): Promise<void>;
  demoStatus(): DemoStatus;
}

export interface ActiveFault {
  id: number;
  kind: FaultKind;
  error: FaultError;
  remaining: number | 'always';
}

export interface PhoneInfo {
  deviceId: string;
  model: string;
  phoneName: string;
  setUp: boolean;
  active: boolean;
}

/** `watch`: a pace people can follow; `fast`: no pauses; or milliseconds per step. */
export type DemoPace = 'watch' | 'fast' | number;

export interface DemoStatus {
  phase: 'idle' | 'running' | 'paused' | 'stopping' | 'stopped' | 'done' | 'failed';
  caption: string;
  step: number;
  total: number;
  pace: DemoPace;
  error: string | null;
}

declare global {
  interface Window {
    /** Installed by the app at boot; undefined until then. */
    phoneEmulator?: PhoneEmulator;
  }
}
