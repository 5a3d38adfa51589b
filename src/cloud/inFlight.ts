/**
 * Counts cloud handlers still working, so a test can wait for a slow answer that its client
 * already gave up on (the request is aborted, the handler is not) instead of sleeping.
 * A handler parked forever by an injected `timeout` fault stops counting when it parks.
 */
let running = 0;
let waiters: Array<() => void> = [];

/** Marks a handler as started; call the returned function (once is enough) when it ends. */
export function handlerStarted(): () => void {
  running += 1;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    running -= 1;
    if (running === 0) {
      const ready = waiters;
      waiters = [];
      ready.forEach((resolve) => resolve());
    }
  };
}

/** Resolves once no cloud handler is running. */
export function cloudIdle(): Promise<void> {
  if (running === 0) return Promise.resolve();
  return new Promise((resolve) => waiters.push(resolve));
}
