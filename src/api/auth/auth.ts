import { cloudRequest } from '../client';
import { challengeSchema, sessionSchema, type ContactMethod } from '../schemas';

export const signIn = (email: string, password: string) =>
  cloudRequest('/api/auth/sign-in', {
    method: 'POST',
    body: { email, password },
    schema: challengeSchema,
    token: null,
  });

export const sendCode = (challengeId: string, method: ContactMethod) =>
  cloudRequest('/api/auth/code', { method: 'POST', body: { challengeId, method }, token: null });

export const verifyCode = (challengeId: string, code: string) =>
  cloudRequest('/api/auth/verify', {
    method: 'POST',
    body: { challengeId, code },
    schema: sessionSchema,
    token: null,
  });

export const signOut = () => cloudRequest('/api/auth/sign-out', { method: 'POST' });
