import { createStore } from 'zustand/vanilla';

/** The backup in progress in this tab (not persisted: a reload ends it, the old backup stays). */
export interface BackupRun {
  running: boolean;
  progress: number;
  error: string | null;
  /** What started it, for the UI and the tests. */
  trigger: 'manual' | 'automatic' | null;
}

export const backupRunStore = createStore<BackupRun>()(() => ({
  running: false,
  progress: 0,
  error: null,
  trigger: null,
}));
