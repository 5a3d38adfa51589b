import { useEffect, useEffectEvent, useState } from 'react';
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
  // The reader may be a new function on every render; the latest one reads when the cloud changes.
  // Not before the cloud has started: a first read of an empty store seeds it (the demo account).
  const readNow = useEffectEvent(() => cloudReady.then(() => cloudRead((index) => read(index))));
  useEffect(() => {
    let live = true;
    let queued = false;
    const load = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        readNow().then(
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
  }, []);
  return state;
}

/** One blob of the cloud (a backup part), read when asked for. */
export function readCloudBlob(key: string): Promise<unknown> {
  return cloudRead((_, readBlob) => readBlob(key));
}
