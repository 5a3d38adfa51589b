import { createStore } from 'zustand/vanilla';
import type { SignInChallenge } from '../../api/schemas';

/**
 * The sign-in under way in setup, kept in memory only: the password is needed once more after
 * the identity check (to derive the data key that opens restored passwords) and is never saved.
 * A reload drops it, and setup asks to sign in again.
 */
interface SignInSession {
  email: string;
  password: string;
  challenge: SignInChallenge;
}

export const signInSession = createStore<{ session: SignInSession | null }>()(() => ({ session: null }));

export function startSession(session: SignInSession): void {
  signInSession.setState({ session });
}

export function endSession(): void {
  signInSession.setState({ session: null });
}
