import { createStore } from 'zustand/vanilla';

/**
 * The restore running in this tab, for its progress bar. Not persisted: what a reload must know
 * (which backup, and whether it finished) is in the phone's `setup.restore`.
 */
interface RestoreRun {
  running: boolean;
  /** 0..100. */
  progress: number;
}

export const restoreRunStore = createStore<RestoreRun>()(() => ({ running: false, progress: 0 }));
