import { useMutation } from '@tanstack/react-query';
import { cloudRequest } from '../client';

/** `POST /api/auth/password-reset/verify`: the right code lets the user create a new password. */
export const verifyResetCode = (resetId: string, code: string) =>
  cloudRequest('/api/auth/password-reset/verify', { method: 'POST', body: { resetId, code }, token: null });

export function useVerifyResetCode() {
  return useMutation({
    mutationFn: ({ resetId, code }: { resetId: string; code: string }) => verifyResetCode(resetId, code),
  });
}
