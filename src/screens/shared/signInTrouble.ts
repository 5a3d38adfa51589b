import { isApiError } from '../../api/errors';

/** SPEC section 4b: what the sign-in says when it cannot get an answer about the account. */
export const SIGN_IN_TROUBLE = "We couldn't sign you in right now.";

/**
 * Sign-in failed for a reason other than the account's own answer (a wrong password, a wrong
 * code, a lock): the cloud erred, timed out or sent something unreadable, or the phone is offline.
 */
export function isSignInTrouble(e: unknown): boolean {
  if (!isApiError(e)) return true;
  return e.status === 0 || e.status >= 500 || e.code === 'bad-response';
}
