/**
 * React hooks over the device model's stores (the active phone, its surroundings, the emulated
 * clock): screens read the phone through these, as they read the cloud through the query hooks.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { deviceStore, activePhone } from '../device/store';
import { environmentStore, clock, type Environment } from '../device/environment';
import type { DeviceState } from '../device/schema';

/** Reads from the active phone; re-renders only when the selected value changes. */
export function usePhone<T>(selector: (phone: DeviceState) => T): T {
  return useStore(deviceStore, (s) => selector(activePhone(s)));
}

export function useEnvironment<T>(selector: (env: Environment) => T): T {
  return useStore(environmentStore, selector);
}

/** The emulated time, re-read every `intervalMs` and at once when the clock is set. */
export function useNow(intervalMs = 1000): number {
  const clockState = useEnvironment((e) => e.clock);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!clockState.running) return;
    const id = setInterval(() => setTick((t) => t + 1), intervalMs);
    return () => clearInterval(id);
  }, [clockState, intervalMs]);
  // Read at render: a new clockState (set, advance) re-renders and so re-reads it.
  return clock.now();
}
