import { useEffect, useState } from 'react';
import { cloudReady } from '../../api/cloudReady';
import { cloudRead, onCloudChange } from '../../cloud/db';
import type { CloudIndex } from '../../cloud/schema';

/**
 * Reads something from the simulated cloud's store, once the cloud has started, and reads it again
 * after every change (in this tab or another). Undefined until the first read is done.
 */
export function useCloudRead<T>(read: (index: CloudIndex) => T): {
  data: T | undefined;
  error: string | null;
} {
  const [state, setState] = useState<{ data: T | undefined; error: string | null }>({
    data: undefined,
    error: null,
  });
  useEffect(() => {
    let live = true;
    let queued = false;
    const load = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        // Not before the cloud has started: a first read of an empty store seeds it (the demo account).
        cloudReady
          .then(() => cloudRead((index) => read(index)))
          .then(
            (data) => live && setState({ data, error: null }),
            (e: unknown) =>
              live && setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) })),
          );
      });
    };
    load();
    const unsubscribe = onCloudChange(load);
    return () => {
      live = false;
      unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the reader is fixed for the component's life.
  }, []);
  return state;
}

/** One blob of the cloud (a backup part), read when asked for. */
export function readCloudBlob(key: string): Promise<unknown> {
  return cloudRead((_, readBlob) => readBlob(key));
}
