import { useMutation } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import { challengeSchema } from '../schemas';

/** `POST /api/auth/sign-in`: the password is right; the identity check comes next. */
export const signIn = (email: string, password: string) =>
  cloudRequest('/api/auth/sign-in', {
    method: 'POST',
    body: { email, password },
    schema: challengeSchema,
    token: null,
  });

export function useSignIn() {
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => signIn(email, password),
    // Its variables hold the password: dropped as soon as no screen shows the mutation.
    gcTime: 0,
  });
}
