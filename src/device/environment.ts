import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { validatedStorage } from '../lib/persistStorage';
import { notices } from '../lib/notices';
import { timeMs } from '../lib/bounds';
import { z } from '../lib/zod';

/**
 * What surrounds the phone: the network it can reach, its power, and the emulated clock.
 * Kept apart from the phone's own data so a phone reset leaves it as it is.
 */
export const environmentSchema = z.object({
  network: z.enum(['wifi', 'cellular', 'offline']),
  power: z.enum(['plugged', 'battery']),
  batteryLevel: z.number().check(z.gte(0), z.lte(100)),
  clock: z.object({
    /** Real Date.now() and emulated time at the last set; the clock runs from there. */
    anchorReal: timeMs(),
    anchorEmu: timeMs(),
    running: z.boolean(),
  }),
});
export type Environment = z.infer<typeof environmentSchema>;
export type NetworkMode = Environment['network'];
export type PowerMode = Environment['power'];

const ENVIRONMENT_VERSION = 1;
const EMULATOR_DB = 'wp-emulator';

function initialEnvironment(): Environment {
  const now = Date.now();
  return {
    network: 'wifi',
    power: 'plugged',
    batteryLevel: 82,
    clock: { anchorReal: now, anchorEmu: now, running: true },
  };
}

export const environmentStore = createStore<Environment>()(
  persist(initialEnvironment, {
    name: 'environment',
    version: ENVIRONMENT_VERSION,
    storage: validatedStorage<Environment>({
      dbName: EMULATOR_DB,
      schema: environmentSchema,
      version: ENVIRONMENT_VERSION,
      onUnreadable: () =>
        notices.push({
          id: 'environment-unreadable',
          text: "The emulator's saved settings could not be read; defaults are used.",
        }),
    }),
    skipHydration: true,
  }),
);

/** Every time the phone shows or stores comes from here. */
export const clock = {
  now(state: Environment = environmentStore.getState()): number {
    const c = state.clock;
    return c.running ? c.anchorEmu + (Date.now() - c.anchorReal) : c.anchorEmu;
  },
  set(epochMs: number, running = environmentStore.getState().clock.running): void {
    environmentStore.setState({ clock: { anchorReal: Date.now(), anchorEmu: epochMs, running } });
  },
  advance(ms: number): void {
    clock.set(clock.now() + ms);
  },
  pause(): void {
    clock.set(clock.now(), false);
  },
  resume(): void {
    clock.set(clock.now(), true);
  },
};

export function setNetwork(network: NetworkMode): void {
  environmentStore.setState({ network });
}
export function setPower(power: PowerMode): void {
  environmentStore.setState({ power });
}
export function setBatteryLevel(level: number): void {
  environmentStore.setState({ batteryLevel: Math.max(0, Math.min(100, Math.round(level))) });
}
