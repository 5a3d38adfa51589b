import type { CloudIndex, SignInThrottle } from './schema';

/**
 * Wrong passwords are counted per address as it was typed, whether an account has it or not, so
 * that a known address answers exactly as an unknown one: the same 401, the same slowdown, the
 * same lock. An attempt is counted as wrong before its password is checked (in the same cloud
 * write that checks the lock), and forgiven if it turns out right: parallel guesses cannot slip
 * past the lock while one of them is being hashed.
 */
export const MAX_WRONG_PASSWORDS = 5;
export const PASSWORD_LOCK_MS = 15 * 60 * 1000;
/** From the third wrong password in a row on, each answer is slowed by this much more. */
export const PASSWORD_SLOWDOWN_MS = 400;
/** Addresses nobody tried for this long are forgotten (unless locked); the list stays short. */
const FORGET_AFTER_MS = 24 * 3600 * 1000;
const MAX_ADDRESSES = 1000;

/** The address as the throttle counts it. */
export const throttleKey = (email: string) => email.trim().toLowerCase();

function recordOf(index: CloudIndex, address: string, now: number): SignInThrottle {
  index.signInThrottle = index.signInThrottle.filter(
    (r) => (r.lockedUntil !== null && r.lockedUntil > now) || now - r.lastAt < FORGET_AFTER_MS,
  );
  let record = index.signInThrottle.find((r) => r.address === address);
  if (!record) {
    record = { address, failed: 0, lockedUntil: null, lastAt: now };
    index.signInThrottle = [...index.signInThrottle.slice(-(MAX_ADDRESSES - 1)), record];
  }
  return record;
}

type Reserved = { attempt: number } | { lockedUntil: number };

/** Checks the lock and counts the attempt as wrong until proven right, in one step. */
export function reserveAttempt(index: CloudIndex, email: string, now: number): Reserved {
  const r = recordOf(index, throttleKey(email), now);
  r.lastAt = now;
  if (r.lockedUntil !== null && r.lockedUntil > now) return { lockedUntil: r.lockedUntil };
  if (r.failed >= MAX_WRONG_PASSWORDS) {
    // Attempts still being checked used up what was allowed: this one meets the lock.
    r.failed = 0;
    r.lockedUntil = now + PASSWORD_LOCK_MS;
    return { lockedUntil: r.lockedUntil };
  }
  r.failed += 1;
  return { attempt: r.failed };
}

/** The checked attempt: a right password clears the count; a wrong one may set the lock. */
export function settleAttempt(
  index: CloudIndex,
  email: string,
  attempt: number,
  right: boolean,
  now: number,
): { lockedUntil: number } | { slowdownMs: number } | null {
  const r = recordOf(index, throttleKey(email), now);
  if (right) {
    r.failed = 0;
    return null;
  }
  if (r.lockedUntil !== null && r.lockedUntil > now) return { lockedUntil: r.lockedUntil };
  if (attempt >= MAX_WRONG_PASSWORDS) {
    r.failed = 0;
    r.lockedUntil = now + PASSWORD_LOCK_MS;
    return { lockedUntil: r.lockedUntil };
  }
  return { slowdownMs: attempt >= 3 ? PASSWORD_SLOWDOWN_MS * (attempt - 2) : 0 };
}

/** Lifts the lock of an address (a password just set for it proves who is at the keyboard). */
export function clearThrottle(index: CloudIndex, email: string): void {
  const address = throttleKey(email);
  index.signInThrottle = index.signInThrottle.filter((r) => r.address !== address);
}

/** When sign-in with this address is locked until, or null (the cloud inspector shows it). */
export function lockedUntil(index: CloudIndex, email: string, now: number): number | null {
  const r = index.signInThrottle.find((x) => x.address === throttleKey(email));
  return r?.lockedUntil && r.lockedUntil > now ? r.lockedUntil : null;
}
