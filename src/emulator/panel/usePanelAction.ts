import { useCallback, useState } from 'react';
import type { PhoneEmulator } from '../phoneEmulator';

/** The panel acts through window.phoneEmulator, as tests and scripts do (installed at boot). */
export const emulator = (): PhoneEmulator => window.phoneEmulator;

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Runs a panel action: `busy` while it runs (its controls disabled), and its error, if any, to
 * show in a role="alert" beside it. Resolves to whether the action succeeded.
 */
export function usePanelAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<unknown> | unknown): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, setError };
}
