import { createStore } from 'zustand/vanilla';

/**
 * The emulator's one boot state. `booting` until the phone's saved data (or a `?scenario=`) is
 * loaded; then `ready`, or `failed` with the reason. Routes and the emulator API wait for it.
 */
type BootPhase = 'booting' | 'ready' | 'failed';

export const bootStore = createStore<{ phase: BootPhase; error: Error | null }>()(() => ({
  phase: 'booting',
  error: null,
}));

/** Resolves once the phone has loaded; rejects if the boot failed. */
export function whenBooted(): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const { phase, error } = bootStore.getState();
      if (phase === 'booting') return false;
      if (phase === 'ready') resolve();
      else reject(error ?? new Error('The emulator could not start.'));
      return true;
    };
    if (check()) return;
    const unsubscribe = bootStore.subscribe(() => check() && unsubscribe());
  });
}
