import { useMutation } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import type { ContactMethod } from '../schemas';

/** `POST /api/auth/password-reset/code`: a code to one of the account's contacts. */
export const sendResetCode = (resetId: string, method: ContactMethod) =>
  cloudRequest('/api/auth/password-reset/code', { method: 'POST', body: { resetId, method }, token: null });

export function useSendResetCode() {
  return useMutation({
    mutationFn: ({ resetId, method }: { resetId: string; method: ContactMethod }) =>
      sendResetCode(resetId, method),
  });
}
