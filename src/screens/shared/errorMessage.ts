import { isApiError } from '../../api/errors';

const FALLBACK = 'Something went wrong. Try again later.';

/** The message to show for a failed call: the cloud's own words when it sent some. */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) return e.message;
  return e instanceof Error && e.message ? e.message : FALLBACK;
}
