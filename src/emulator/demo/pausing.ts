import { demoStore } from './demoState';

/** Where the guided demo may pause or stop: between steps, and during its waits. */

/** Thrown at the first checkpoint after stopDemo(). */
export class DemoStopped extends Error {}

/** Resolves while the demo may go on: waits while it is paused, throws once asked to stop. */
export async function checkpoint(): Promise<void> {
  for (;;) {
    const { phase } = demoStore.getState();
    if (phase === 'stopping') throw new DemoStopped('stopped');
    if (phase !== 'paused') return;
    await new Promise<void>((resolve) => {
      const unsubscribe = demoStore.subscribe(() => {
        unsubscribe();
        resolve();
      });
    });
  }
}

/** Waits `ms` of running time (a pause does not count), checking for pause and stop. */
export async function wait(ms: number): Promise<void> {
  await checkpoint();
  let left = ms;
  while (left > 0) {
    const slice = Math.min(left, 100);
    await new Promise((r) => setTimeout(r, slice));
    left -= slice;
    await checkpoint();
  }
}
