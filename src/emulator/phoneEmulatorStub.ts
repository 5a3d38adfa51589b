/**
 * `window.phoneEmulator` exists before any bundle runs (SPEC section 6): a small inline script in
 * index.html, made from `installPhoneEmulatorStub` and `phoneEmulatorMethods` by
 * scripts/emulator-stub-plugin.ts, defines it. Each method is callable at once; a call made before
 * the app has booted waits for the boot, then runs. The app hands its API over with
 * `bootPhoneEmulator`, or reports a failed boot with `failPhoneEmulatorBoot`.
 */
// Types only: the build's config imports this file (no extension-less value imports there).
import type { PhoneEmulator } from './phoneEmulator';

type FunctionKeys<T> = {
  [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never;
}[keyof T];

const methods = [
  'ready',
  'loadScenario',
  'resetPhone',
  'setNetwork',
  'setPower',
  'setBatteryLevel',
  'setLatency',
  'latency',
  'injectFault',
  'faults',
  'removeFault',
  'clearFaults',
  'setMotion',
  'inbox',
  'exportState',
  'importState',
  'phones',
  'switchPhone',
  'runDemo',
  'pauseDemo',
  'resumeDemo',
  'stopDemo',
  'demoStatus',
] as const satisfies readonly FunctionKeys<PhoneEmulator>[];
const clockMethods = [
  'now',
  'set',
  'advance',
  'pause',
  'resume',
  'running',
] as const satisfies readonly FunctionKeys<PhoneEmulator['clock']>[];

// A method added to PhoneEmulator and not listed above fails the typecheck here, naming it.
type Unlisted =
  | Exclude<FunctionKeys<PhoneEmulator>, (typeof methods)[number]>
  | Exclude<FunctionKeys<PhoneEmulator['clock']>, (typeof clockMethods)[number]>;
type Assert<T extends true> = T;
export type EveryMethodListed = Assert<[Unlisted] extends [never] ? true : { unlisted: Unlisted }>;

/** The methods of PhoneEmulator, checked against the type. */
export const phoneEmulatorMethods = {
  methods: methods as readonly string[],
  clockMethods: clockMethods as readonly string[],
};

/** What the inline script needs to know of PhoneEmulator: its methods, and its plain values. */
export interface PhoneEmulatorMembers {
  methods: readonly string[];
  clockMethods: readonly string[];
  values: Omit<PhoneEmulator, FunctionKeys<PhoneEmulator> | 'clock'>;
}

/** Where the stub keeps the two functions the app calls when it has booted, or failed to. */
export const BOOT_HOOK = 'phoneEmulator.boot';

interface BootHook {
  booted(api: PhoneEmulator): void;
  failed(error: Error): void;
}

/**
 * The inline script's body: runs in the page before any bundle, so it uses nothing outside itself
 * (it is written out with Function.prototype.toString) and only what every browser has.
 */
export function installPhoneEmulatorStub(members: PhoneEmulatorMembers, hookName: string): void {
  let api: PhoneEmulator | null = null;
  let failure: Error | null = null;
  let waiting: [(api: PhoneEmulator) => void, (e: Error) => void][] = [];
  const booted = () =>
    new Promise<PhoneEmulator>((resolve, reject) => {
      if (api) resolve(api);
      else if (failure) reject(failure);
      else waiting.push([resolve, reject]);
    });
  const forward =
    (owner: string | null, name: string) =>
    (...args: unknown[]): unknown => {
      const call = (target: PhoneEmulator): unknown => {
        const on = (owner ? target[owner as 'clock'] : target) as unknown as Record<
          string,
          (...a: unknown[]) => unknown
        >;
        return on[name]!(...args);
      };
      // Before the boot, a method answers with a promise of what it will do, once booted.
      return api ? call(api) : booted().then(call);
    };
  const stub: Record<string, unknown> = {};
  const clock: Record<string, unknown> = {};
  for (const name of members.methods) stub[name] = forward(null, name);
  for (const name of members.clockMethods) clock[name] = forward('clock', name);
  stub.clock = clock;
  for (const [key, value] of Object.entries(members.values)) stub[key] = value;
  const settle = (ok: PhoneEmulator | null, error: Error | null) => {
    if (api || failure) return;
    api = ok;
    failure = error;
    const queued = waiting;
    waiting = [];
    for (const [resolve, reject] of queued) {
      if (ok) resolve(ok);
      else reject(error!);
    }
  };
  const hook: BootHook = {
    booted: (real) => settle(real, null),
    failed: (error) => settle(null, error),
  };
  Object.defineProperty(stub, Symbol.for(hookName), { value: hook });
  // A script or module of the app that cannot load fails the boot (it would never come).
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'SCRIPT' || target.tagName === 'LINK') && !api) {
        const src = (target as HTMLScriptElement).src || (target as HTMLLinkElement).href;
        if (target.tagName === 'LINK' && (target as HTMLLinkElement).rel !== 'modulepreload') return;
        settle(null, new Error(`The emulator could not start: ${src} did not load.`));
      }
    },
    true,
  );
  (window as unknown as { phoneEmulator: unknown }).phoneEmulator = stub;
}

function bootHook(): BootHook | undefined {
  const stub = window.phoneEmulator as unknown as Record<symbol, BootHook | undefined> | undefined;
  return stub?.[Symbol.for(BOOT_HOOK)];
}

/** The app has booted: calls waiting in the page's stub run now, later ones go straight through. */
export function bootPhoneEmulator(api: PhoneEmulator): void {
  const hook = bootHook();
  if (hook) hook.booted(api);
  else window.phoneEmulator = api; // a page without the inline script (unit tests)
}

/** The app could not boot: ready() and every waiting call reject with this. */
export function failPhoneEmulatorBoot(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  bootHook()?.failed(new Error(`The emulator could not start: ${reason}`, { cause: error }));
}
