/**
 * One writer at a time over a named resource: Web Locks across tabs in the browser, a promise
 * chain in a single process (Node, or a browser without Web Locks).
 */
const chains = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) return locks.request(name, fn) as Promise<T>;
  const previous = chains.get(name) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  chains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

/** Runs fn only if nobody holds the lock (another tab backing up); null when it was taken. */
export async function tryWithLock<T>(name: string, fn: () => Promise<T>): Promise<{ value: T } | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) {
    return locks.request(name, { ifAvailable: true }, async (lock) =>
      lock ? { value: await fn() } : null,
    ) as Promise<{
      value: T;
    } | null>;
  }
  if (held.has(name)) return null;
  held.add(name);
  try {
    return { value: await fn() };
  } finally {
    held.delete(name);
  }
}
const held = new Set<string>();
