import { useSyncExternalStore } from 'react';
import { cloudConfig } from '../../cloud/faults';

/** The cloud's latency (ms), re-rendering when it changes. */
export function useLatency(): number {
  return useSyncExternalStore(cloudConfig.subscribe, () => cloudConfig.latencyMs);
}

/** The active faults, re-rendering when one is added, used up or removed. */
export function useFaults() {
  return useSyncExternalStore(cloudConfig.subscribe, () => cloudConfig.faults());
}
