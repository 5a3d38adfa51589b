import { useStore } from 'zustand';
import { backupRunStore, type BackupRun } from '../../backup/runState';

/** The backup running in this tab, for the UI; re-renders only when the selected value changes. */
export function useBackupRun<T>(selector: (run: BackupRun) => T): T {
  return useStore(backupRunStore, selector);
}
