/**
 * What the simulated cloud learns from the emulator around it: the time (the emulated clock, so
 * that codes, locks and sessions expire as the emulated time goes on), and whether a text can
 * reach a phone (SPEC section 4: not while that phone is being set up). The emulator, or a test,
 * connects them; until then the cloud keeps real time and every text arrives.
 */
interface Surroundings {
  now(): number;
  textReachable(to: string): boolean;
}

let current: Surroundings = { now: () => Date.now(), textReachable: () => true };

export function setSurroundings(change: Partial<Surroundings>): void {
  current = { ...current, ...change };
}

/** The time as the cloud sees it. */
export const cloudNow = (): number => current.now();

export const textReachable = (to: string): boolean => current.textReachable(to);
