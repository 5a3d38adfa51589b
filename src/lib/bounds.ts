import { z } from './zod';

/**
 * Bounds for every number a stored or imported schema takes, so that no value read back can
 * break a screen: a time outside what `Date` can show, a size no phone or OneDrive has.
 */

/** Times run from 1970 to the end of year 9999: every one of them formats as a date. */
export const MAX_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** Larger than any phone's storage or OneDrive (1 PiB). */
export const MAX_BYTES = 2 ** 50;

export const isTimeMs = (n: number) => Number.isFinite(n) && n >= 0 && n <= MAX_TIME_MS;

export const timeMs = () => z.number().check(z.gte(0), z.lte(MAX_TIME_MS));
export const byteCount = () => z.number().check(z.gte(0), z.lte(MAX_BYTES));
/** A whole number from 0 to `max`. */
export const count = (max: number) => z.int().check(z.gte(0), z.lte(max));
/** Any other number (an app's high score): finite and within what JavaScript counts exactly. */
export const plainNumber = () =>
  z.number().check(z.gte(-Number.MAX_SAFE_INTEGER), z.lte(Number.MAX_SAFE_INTEGER));
