import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import { queryKeys } from '../queryKeys';
import { setWebsiteSession, websiteSessionStore } from '../website/session';

/** `POST /api/auth/sign-out`: the session ends. Without `token`, the phone's. */
export const signOut = (token?: string) => cloudRequest('/api/auth/sign-out', { method: 'POST', token });

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
