/**
 * The test side of `window.phoneEmulator` (SPEC section 6): `gotoScenario`, and `Emulator`, which
 * calls the page's API and returns its answers. The `emulator` fixture in `fixtures.ts` is one.
 */
import { expect, type Page } from '@playwright/test';
import type {
  ActiveFault,
  DemoPace,
  DemoStatus,
  FaultSpec,
  InboxItem,
  Motion,
  NetworkMode,
  PhoneInfo,
  PowerMode,
  ScenarioName,
} from './emulator-types';

/**
 * Runs `evaluate` again when a reload the test did not make cut it off. The cloud's worker (MSW)
 * reloads a page that came up without it (a hard reload, or a navigation that raced the worker
 * unregistering as the previous page closed), once, as the cloud starts. Only for calls that read
 * or wait: a call that changes the phone is never made twice.
 */
async function againAfterReload<T>(page: Page, evaluate: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await evaluate();
    } catch (error) {
      const cutOff = error instanceof Error && error.message.includes('Execution context was destroyed');
      if (!cutOff || attempt === 3) throw error;
      await page.waitForLoadState();
    }
  }
}

/**
 * Waits until the app has booted and settled (cloud worker running). `window.phoneEmulator` is
 * there from the page's first script on, so this works straight after `goto` or `reload`.
 */
export async function waitForEmulator(page: Page): Promise<void> {
  await againAfterReload(page, () => page.evaluate(() => window.phoneEmulator.ready()));
}

/**
 * Opens `path` with `?scenario=NAME` (the app loads the scenario, then shows that page, or setup if
 * the scenario's phone is not set up) and waits for the emulator to be ready.
 */
export async function gotoScenario(page: Page, path: string, scenario: ScenarioName): Promise<void> {
  const [pathname = '/', query = ''] = path.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('scenario', scenario);
  await page.goto(`${pathname}?${params.toString()}`);
  await waitForEmulator(page);
}

type EmulatorMethod =
  | 'ready'
  | 'loadScenario'
  | 'resetPhone'
  | 'setNetwork'
  | 'setPower'
  | 'setLatency'
  | 'injectFault'
  | 'clearFaults'
  | 'setMotion'
  | 'inbox'
  | 'exportState'
  | 'importState'
  | 'clock.now'
  | 'clock.set'
  | 'clock.advance'
  | 'clock.pause'
  | 'clock.resume'
  | 'clock.running'
  | 'setBatteryLevel'
  | 'latency'
  | 'faults'
  | 'removeFault'
  | 'phones'
  | 'switchPhone'
  | 'runDemo'
  | 'pauseDemo'
  | 'resumeDemo'
  | 'stopDemo'
  | 'demoStatus';

/** Calls `window.phoneEmulator.<method>(...args)` in the page and returns its (awaited) result. */
async function callEmulator<T>(page: Page, method: EmulatorMethod, args: unknown[] = []): Promise<T> {
  return page.evaluate(
    async ({ method, args }) => {
      const emulator = window.phoneEmulator;
      const names = method.split('.');
      let owner: unknown = emulator;
      for (const name of names.slice(0, -1)) owner = (owner as Record<string, unknown>)[name];
      const fn = (owner as Record<string, unknown>)[names[names.length - 1] ?? ''];
      if (typeof fn !== 'function') throw new Error(`window.phoneEmulator.${method} is not a function`);
      return (await (fn as (...a: unknown[]) => unknown).apply(owner, args)) as T;
    },
    { method, args },
  ) as Promise<T>;
}

/** Test-side driver of `window.phoneEmulator` (SPEC §6). Every call resolves once the phone has settled. */
export class Emulator {
  readonly page: Page;
  readonly clock: {
    now(): Promise<number>;
    set(epochMs: number): Promise<void>;
    advance(ms: number): Promise<void>;
    /** Stops the emulated clock (the status bar time stays put: same pixels every run). */
    pause(): Promise<void>;
    resume(): Promise<void>;
    running(): Promise<boolean>;
  };

  constructor(page: Page) {
    this.page = page;
    this.clock = {
      now: () => callEmulator<number>(page, 'clock.now'),
      set: (epochMs) => callEmulator<void>(page, 'clock.set', [epochMs]),
      advance: (ms) => callEmulator<void>(page, 'clock.advance', [ms]),
      pause: () => callEmulator<void>(page, 'clock.pause'),
      resume: () => callEmulator<void>(page, 'clock.resume'),
      running: () => callEmulator<boolean>(page, 'clock.running'),
    };
  }

  ready(): Promise<void> {
    return waitForEmulator(this.page);
  }
  /**
   * Reloads as a person would after a change: once what the phone changed is saved (a tap's write
   * lands in IndexedDB a moment after the screen shows it), and waits for the reloaded phone.
   */
  async reload(): Promise<void> {
    await this.ready();
    await this.page.reload();
    await this.ready();
  }
  loadScenario(name: ScenarioName): Promise<void> {
    return callEmulator(this.page, 'loadScenario', [name]);
  }
  /** Wipes the phone and keeps the cloud. */
  resetPhone(): Promise<void> {
    return callEmulator(this.page, 'resetPhone');
  }
  setNetwork(network: NetworkMode): Promise<void> {
    return callEmulator(this.page, 'setNetwork', [network]);
  }
  setPower(power: PowerMode): Promise<void> {
    return callEmulator(this.page, 'setPower', [power]);
  }
  setBatteryLevel(percent: number): Promise<void> {
    return callEmulator(this.page, 'setBatteryLevel', [percent]);
  }
  setLatency(ms: number): Promise<void> {
    return callEmulator(this.page, 'setLatency', [ms]);
  }
  latency(): Promise<number> {
    return callEmulator(this.page, 'latency');
  }
  /** `times` defaults to 1 (the next request of that kind). */
  injectFault(fault: FaultSpec): Promise<void> {
    return callEmulator(this.page, 'injectFault', [fault]);
  }
  clearFaults(): Promise<void> {
    return callEmulator(this.page, 'clearFaults');
  }
  /** The faults still waiting for their requests. */
  faults(): Promise<ActiveFault[]> {
    return callEmulator(this.page, 'faults');
  }
  removeFault(id: number): Promise<void> {
    return callEmulator(this.page, 'removeFault', [id]);
  }
  /** Metro motion: `full`, `reduced` (a cross-fade at most) or `off` (the screenshots); kept across reloads. */
  setMotion(motion: Motion): Promise<void> {
    return callEmulator(this.page, 'setMotion', [motion]);
  }
  /** Identity codes delivered to the other devices (email, call; never a text to the phone in setup). */
  inbox(): Promise<InboxItem[]> {
    return callEmulator(this.page, 'inbox');
  }
  /** The newest code on that channel; waits up to 10 s for one to arrive (the send may still be in flight). */
  async latestCode(channel?: InboxItem['channel']): Promise<string | undefined> {
    const newest = async () =>
      (await this.inbox()).filter((m) => !channel || m.channel === channel).sort((a, b) => b.at - a.at)[0]
        ?.code;
    await expect.poll(newest, { timeout: 10_000 }).toBeTruthy();
    return newest();
  }
  /** Without secrets unless `includeSecrets` (then an exact copy): see PhoneEmulator.exportState. */
  exportState(options?: { includeSecrets?: boolean }): Promise<string> {
    return callEmulator(this.page, 'exportState', options ? [options] : []);
  }
  importState(json: string): Promise<void> {
    return callEmulator(this.page, 'importState', [json]);
  }
  /** The emulator's phones (two in the two-phones scenario). */
  phones(): Promise<PhoneInfo[]> {
    return callEmulator(this.page, 'phones');
  }
  /** Shows another phone; it opens at Start or at its setup step. */
  switchPhone(deviceId: string): Promise<void> {
    return callEmulator(this.page, 'switchPhone', [deviceId]);
  }
  /** The guided demo; resolves when it ends (`done`, or `stopped`). `fast` runs without pauses. */
  runDemo(options?: { pace?: DemoPace; website?: boolean }): Promise<'done' | 'stopped'> {
    return callEmulator(this.page, 'runDemo', options ? [options] : []);
  }
  pauseDemo(): Promise<void> {
    return callEmulator(this.page, 'pauseDemo');
  }
  resumeDemo(): Promise<void> {
    return callEmulator(this.page, 'resumeDemo');
  }
  stopDemo(): Promise<void> {
    return callEmulator(this.page, 'stopDemo');
  }
  demoStatus(): Promise<DemoStatus> {
    return callEmulator(this.page, 'demoStatus');
  }
  demoAccount(): Promise<{ email: string; password: string }> {
    return againAfterReload(this.page, () =>
      this.page.evaluate(() => {
        const { email, password } = window.phoneEmulator.demoAccount;
        return { email, password };
      }),
    );
  }
}
