import { delay } from 'msw';
import { cloudNow, textReachable } from '../surroundings';
import { constantTimeEqual, hashPassword, randomCode, randomToken } from '../../lib/crypto';
import { cloudRead, cloudWrite } from '../db';

import { CloudError, cloudErrors } from '../errors';
import { route } from '../guard';
import { maskContact } from '../mask';
import type { CloudAccount, CloudIndex } from '../schema';
import { z } from '../../lib/zod';

export const CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_WRONG_CODES = 5;
export const CODE_LOCK_MS = 30 * 60 * 1000;
const MAX_WRONG_PASSWORDS = 5;
const PASSWORD_LOCK_MS = 15 * 60 * 1000;
/** From the third wrong password on, each answer is slowed by this much more. */
const PASSWORD_SLOWDOWN_MS = 400;

const signInBody = z.object({
  email: z.string().check(z.trim(), z.minLength(1), z.maxLength(320)),
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
});
const codeBody = z.object({
  challengeId: z.string().check(z.maxLength(100)),
  method: z.enum(['text', 'call', 'email']),
});
const verifyBody = z.object({
  challengeId: z.string().check(z.maxLength(100)),
  code: z.string().check(z.trim(), z.maxLength(20)),
});

const wrongPassword = () =>
  new CloudError(
    401,
    'wrong-password',
    "That Microsoft account doesn't exist, or the password is incorrect.",
  );

export function locked(until: number, what: string): CloudError {
  const retryAfterSec = Math.max(1, Math.ceil((until - cloudNow()) / 1000));
  const minutes = Math.ceil(retryAfterSec / 60);
  return new CloudError(423, 'locked', `${what} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
    retryAfterSec,
  });
}

export function accountOf(index: CloudIndex, id: string): CloudAccount {
  const account = index.accounts.find((a) => a.id === id);
  if (!account) throw new CloudError(404, 'not-found', 'That account was not found.');
  return account;
}

export function publicAccount(a: CloudAccount) {
  return { id: a.id, email: a.email, displayName: a.displayName, keySalt: a.keySalt };
}

/** Opens a session for the account, as a right identity code does; the password reset uses it too. */
export function openSession(index: CloudIndex, accountId: string, now: number): string {
  const token = randomToken();
  index.sessions = [...index.sessions, { token, accountId, createdAt: now }];
  return token;
}

export const authHandlers = [
  route('post', '/api/auth/sign-in', { auth: false, fault: 'sign-in' }, async ({ body }) => {
    const { email, password } = await body(signInBody);
    const found = await cloudRead((index) =>
      index.accounts.find((a) => a.email.toLowerCase() === email.toLowerCase()),
    );
    const now = cloudNow();
    if (found?.lockedUntil && found.lockedUntil > now)
      throw locked(found.lockedUntil, 'Too many wrong passwords.');
    // Hash even for an unknown address, so timing does not tell which addresses exist.
    const hash = await hashPassword(password, found?.passwordSalt ?? 'AAAAAAAAAAAAAAAAAAAAAA==');
    if (!found || !constantTimeEqual(hash, found.passwordHash)) {
      if (!found) throw wrongPassword();
      const failures = await cloudWrite((tx) => {
        const a = accountOf(tx.index, found.id);
        a.failedPasswords += 1;
        if (a.failedPasswords >= MAX_WRONG_PASSWORDS) {
          a.lockedUntil = now + PASSWORD_LOCK_MS;
          a.failedPasswords = 0;
        }
        return a.lockedUntil && a.lockedUntil > now ? -1 : a.failedPasswords;
      });
      if (failures === -1) throw locked(now + PASSWORD_LOCK_MS, 'Too many wrong passwords.');
      if (failures >= 3) await delay(PASSWORD_SLOWDOWN_MS * (failures - 2));
      throw wrongPassword();
    }
    const challenge = await cloudWrite((tx) => {
      const a = accountOf(tx.index, found.id);
      a.failedPasswords = 0;
      const c = {
        id: `chl-${crypto.randomUUID()}`,
        accountId: a.id,
        createdAt: now,
        code: null,
        codeSentAt: null,
        verified: false,
      };
      // Keep the list short: only recent challenges matter.
      tx.index.challenges = [...tx.index.challenges.filter((x) => now - x.createdAt < CODE_TTL_MS * 6), c];
      return c;
    });
    return {
      challengeId: challenge.id,
      methods: found.contacts.map((c) => ({ method: c.method, masked: maskContact(c) })),
    };
  }),

  route('post', '/api/auth/code', { auth: false, fault: 'send-code' }, async ({ body }) => {
    const { challengeId, method } = await body(codeBody);
    await cloudWrite((tx) => {
      const c = tx.index.challenges.find((x) => x.id === challengeId);
      if (!c) throw cloudErrors.signInEnded();
      const a = accountOf(tx.index, c.accountId);
      const now = cloudNow();
      if (a.codesLockedUntil && a.codesLockedUntil > now)
        throw locked(a.codesLockedUntil, 'Too many wrong codes.');
      const contact = a.contacts.find((x) => x.method === method);
      if (!contact) throw cloudErrors.badRequest('That contact method is not on this account.');
      c.code = randomCode();
      c.codeSentAt = now;
      // A text to a phone that cannot receive it is simply lost, as on the real network.
      if (method !== 'text' || textReachable(contact.to)) {
        tx.index.deliveries = [
          ...tx.index.deliveries.slice(-49),
          { channel: method, to: contact.to, code: c.code, at: now },
        ];
      }
    });
    return null;
  }),

  route('post', '/api/auth/verify', { auth: false, fault: 'sign-in' }, async ({ body }) => {
    const { challengeId, code } = await body(verifyBody);
    const outcome = await cloudWrite((tx) => {
      const c = tx.index.challenges.find((x) => x.id === challengeId);
      if (!c) return { error: cloudErrors.signInEnded() };
      const a = accountOf(tx.index, c.accountId);
      const now = cloudNow();
      if (a.codesLockedUntil && a.codesLockedUntil > now)
        return { error: locked(a.codesLockedUntil, 'Too many wrong codes.') };
      if (!c.code || !c.codeSentAt) return { error: new CloudError(400, 'no-code', 'Ask for a code first.') };
      if (now - c.codeSentAt > CODE_TTL_MS)
        return { error: new CloudError(400, 'code-expired', 'That code has expired. Ask for a new one.') };
      if (!constantTimeEqual(code, c.code)) {
        a.failedCodes += 1;
        if (a.failedCodes >= MAX_WRONG_CODES) {
          a.failedCodes = 0;
          a.codesLockedUntil = now + CODE_LOCK_MS;
          return { error: locked(a.codesLockedUntil, 'Too many wrong codes.') };
        }
        return {
          error: new CloudError(400, 'wrong-code', "That code didn't work. Check the code and try again."),
        };
      }
      a.failedCodes = 0;
      c.verified = true;
      c.code = null;
      const token = randomToken();
      tx.index.sessions = [...tx.index.sessions, { token, accountId: a.id, createdAt: now }];
      return { token, account: publicAccount(a) };
    });
    // Failed attempts are counted (committed above) before the error goes out.
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }),

  route('post', '/api/auth/sign-out', {}, async ({ token }) => {
    await cloudWrite((tx) => {
      tx.index.sessions = tx.index.sessions.filter((s) => s.token !== token);
    });
    return null;
  }),

  route('get', '/api/me', {}, ({ account }) => publicAccount(account)),
];
