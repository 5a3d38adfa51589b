import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import { queryKeys } from '../queryKeys';
import { sessionSchema } from '../schemas';
import { completeSignIn } from './linkAccount';

/**
 * `POST /api/auth/password-reset/complete`: the new password replaces the old one, every other
 * session of the account ends, and the answer is a session of its own.
 */
export const completePasswordReset = (resetId: string, newPassword: string) =>
  cloudRequest('/api/auth/password-reset/complete', {
    method: 'POST',
    body: { resetId, newPassword },
    schema: sessionSchema,
    token: null,
  });

/**
 * `Create a new password`, then signed in with it: the phone links the account and derives its
 * data key from the new password, so what it backs up from now on opens with that key.
 */
export function useCompletePasswordReset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { resetId: string; newPassword: string }) => {
      const session = await completePasswordReset(v.resetId, v.newPassword);
      await completeSignIn(session, v.newPassword);
      return session;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.all }),
    // Its variables hold the password: dropped as soon as no screen shows the mutation.
    gcTime: 0,
  });
}
