import { useMutation, useQueryClient } from '@tanstack/react-query';
import { activePhone, updatePhone } from '../../device/store';
import { cloudRequest } from '../client';
import { isApiError } from '../errors';
import { queryKeys } from '../queryKeys';
import { setWebsiteSession, websiteSessionStore } from '../website/session';

/** `POST /api/auth/sign-out`: the session ends. Without `token`, the phone's. */
export const signOut = (token?: string) => cloudRequest('/api/auth/sign-out', { method: 'POST', token });

/**
 * Ends in the cloud the sessions the phone let go of (a sign-out made offline, a reset), oldest
 * first. Offline or with the cloud unreachable it stops, to try again when the phone is online;
 * a session the cloud no longer knows (401) has ended already.
 */
export async function endLeftSessions(): Promise<void> {
  const phone = activePhone();
  const deviceId = phone.identity.deviceId;
  for (const token of phone.pendingSignOuts) {
    try {
      await signOut(token);
    } catch (e) {
      if (!(isApiError(e) && e.status === 401)) return;
    }
    updatePhone((p) => ({ ...p, pendingSignOuts: p.pendingSignOuts.filter((t) => t !== token) }), deviceId);
  }
}

/** endLeftSessions as a mutation, for a screen that has just let a session go (a reset). */
export function useEndLeftSessions() {
  return useMutation({ mutationFn: endLeftSessions });
}

/** The account website's `sign out`: its session ends here even when the cloud cannot be reached. */
export function useWebsiteSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const token = websiteSessionStore.getState().session?.token;
      if (token) await signOut(token).catch(() => undefined);
      setWebsiteSession(null);
    },
    onSuccess: () => client.removeQueries({ queryKey: queryKeys.website }),
  });
}
