import { useMutation } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import { passwordResetSchema } from '../schemas';

/** `POST /api/auth/password-reset`: `Can't access your account?` for this address. */
export const startPasswordReset = (email: string) =>
  cloudRequest('/api/auth/password-reset', {
    method: 'POST',
    body: { email },
    schema: passwordResetSchema,
    token: null,
  });

export function useStartPasswordReset() {
  return useMutation({ mutationFn: startPasswordReset });
}
