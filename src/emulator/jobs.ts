/**
 * Work the emulator itself starts in the background (a scheduled backup, a text sync, a photo
 * upload on the emulated clock): settled() waits for it. What the screens start is waited for
 * through their own state (queries, mutations, the backup and restore runs).
 */
const running = new Set<Promise<unknown>>();
const listeners = new Set<() => void>();

export function runJob<T>(work: Promise<T>): Promise<T> {
  running.add(work);
  const done = () => {
    running.delete(work);
    listeners.forEach((l) => l());
  };
  work.then(done, done);
  return work;
}

export const jobsRunning = () => running.size > 0;

export function onJobsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
