/**
 * Work the phone started in the background (an automatic backup, a restore step). The emulator
 * API waits for it, so a caller's promise resolves once the phone has settled.
 */
const pending = new Set<Promise<unknown>>();

export function track<T>(work: Promise<T>): Promise<T> {
  pending.add(work);
  const done = () => pending.delete(work);
  work.then(done, done);
  return work;
}

export async function idle(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

/** Two frames: the one that renders what changed, and the one after it has painted. */
export function nextPaint(): Promise<void> {
  return new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}
