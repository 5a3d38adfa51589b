import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import { queryKeys } from '../queryKeys';
import { completeSignIn } from './linkAccount';
import { sessionSchema } from '../schemas';
import { setWebsiteSession } from '../website/session';

/** `POST /api/auth/verify`: the right code opens a session for the account. */
export const verifyCode = (challengeId: string, code: string) =>
  cloudRequest('/api/auth/verify', {
    method: 'POST',
    body: { challengeId, code },
    schema: sessionSchema,
    token: null,
  });

/** What the identity check sends to verify: the sign-in's challenge and the code typed. */
export interface CodeCheck {
  challengeId: string;
  code: string;
}

/**
 * The identity check's last step: the code opens a session, and the phone links the account with
 * it (completeSignIn) and the password typed at sign-in, then shows what the cloud holds for it.
 */
export function useVerifyCode(password: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: CodeCheck) => {
      const session = await verifyCode(v.challengeId, v.code);
      await completeSignIn(session, password);
      return session;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.all }),
    // Its function holds the password: dropped as soon as no screen shows the mutation.
    gcTime: 0,
  });
}

/** The account website's identity check: the code opens the website's own session, not the phone's. */
export function useWebsiteVerifyCode() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: CodeCheck) => {
      const { token, account } = await verifyCode(v.challengeId, v.code);
      // What an earlier session of the website read goes first; the page then reads afresh, once.
      client.removeQueries({ queryKey: queryKeys.website });
      setWebsiteSession({
        token,
        accountId: account.id,
        email: account.email,
        displayName: account.displayName,
      });
    },
  });
}
