import { cloudRequest } from '../client';

/** `POST /api/auth/sign-out`: the session ends. */
export const signOut = () => cloudRequest('/api/auth/sign-out', { method: 'POST' });
