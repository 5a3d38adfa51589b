import { useMutation } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import type { ContactMethod } from '../schemas';

/** `POST /api/auth/code`: the cloud sends a code to one of the account's contacts. */
export const sendCode = (challengeId: string, method: ContactMethod) =>
  cloudRequest('/api/auth/code', { method: 'POST', body: { challengeId, method }, token: null });

export function useSendCode() {
  return useMutation({
    mutationFn: ({ challengeId, method }: { challengeId: string; method: ContactMethod }) =>
      sendCode(challengeId, method),
  });
}
