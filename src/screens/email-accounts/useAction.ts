import { useCallback, useState } from 'react';
import { errorMessage } from '../shared/errorMessage';

/**
 * Runs one async step of a flow with its pending flag and error message. Kept local (not
 * useMutation) because these steps carry a password, which must not outlive the component.
 */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setPending(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(errorMessage(e));
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);
  return { pending, error, setError, run };
}
