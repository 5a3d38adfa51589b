import { delay } from 'msw';
import { cloudNow, textReachable } from '../surroundings';
import { constantTimeEqual, hashPassword, randomCode, sha256 } from '../../lib/crypto';
import { cloudWrite } from '../db';

import { CloudError, cloudErrors } from '../errors';
import { route } from '../guard';
import { maskContact } from '../mask';
import type { CloudAccount, CloudIndex } from '../schema';
import { openSession, tokenHash } from '../sessions';
import { reserveAttempt, settleAttempt } from '../signInThrottle';
import { z } from '../../lib/zod';

export const CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_WRONG_CODES = 5;
export const CODE_LOCK_MS = 30 * 60 * 1000;
/** Sign-ins under way the cloud keeps at most (each ends ten minutes after its last code anyway). */
const MAX_CHALLENGES = 1000;
/** The salt hashed with when no account has the address, so that both take as long. */
const NO_ACCOUNT_SALT = 'AAAAAAAAAAAAAAAAAAAAAA==';

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

/** A code is kept as the hash of its challenge and itself: the stored index never shows it. */
const codeHash = (challengeId: string, code: string) => sha256(`${challengeId}:${code}`);

/** The live challenge of that id; expired ones go as they are met. */
function liveChallenge(index: CloudIndex, challengeId: string, now: number) {
  index.challenges = index.challenges.filter((x) => x.expiresAt > now || x.id === challengeId);
  return index.challenges.find((x) => x.id === challengeId);
}

const dropChallenge = (index: CloudIndex, challengeId: string) => {
  index.challenges = index.challenges.filter((x) => x.id !== challengeId);
};

export const authHandlers = [
  route('post', '/api/auth/sign-in', { auth: false, fault: 'sign-in' }, async ({ body }) => {
    const { email, password } = await body(signInBody);
    // The lock is checked and the attempt counted in one write, before the password is hashed.
    const reserved = await cloudWrite((tx) => {
      const account = tx.index.accounts.find((a) => a.email.toLowerCase() === email.toLowerCase());
      return { ...reserveAttempt(tx.index, email, cloudNow()), account };
    });
    if ('lockedUntil' in reserved) throw locked(reserved.lockedUntil, 'Too many wrong passwords.');
    const found = reserved.account;
    // Hashed whether or not an account has the address: both take as long.
    const hash = await hashPassword(password, found?.passwordSalt ?? NO_ACCOUNT_SALT);
    const right = !!found && constantTimeEqual(hash, found.passwordHash);
    const outcome = await cloudWrite((tx) => {
      const now = cloudNow();
      const refused = settleAttempt(tx.index, email, reserved.attempt, right, now);
      if (refused) return refused;
      const a = accountOf(tx.index, found!.id);
      const c = {
        id: `chl-${crypto.randomUUID()}`,
        accountId: a.id,
        createdAt: now,
        codeHash: null,
        codeSentAt: null,
        expiresAt: now + CODE_TTL_MS,
      };
      tx.index.challenges = [
        ...tx.index.challenges.filter((x) => x.expiresAt > now).slice(-(MAX_CHALLENGES - 1)),
        c,
      ];
      return { challenge: c, contacts: a.contacts };
    });
    if ('lockedUntil' in outcome) throw locked(outcome.lockedUntil, 'Too many wrong passwords.');
    if ('slowdownMs' in outcome) {
      if (outcome.slowdownMs > 0) await delay(outcome.slowdownMs);
      throw wrongPassword();
    }
    return {
      challengeId: outcome.challenge.id,
      methods: outcome.contacts.map((c) => ({ method: c.method, masked: maskContact(c) })),
    };
  }),

  route('post', '/api/auth/code', { auth: false, fault: 'send-code' }, async ({ body }) => {
    const { challengeId, method } = await body(codeBody);
    const code = randomCode();
    const hash = await codeHash(challengeId, code);
    await cloudWrite((tx) => {
      const now = cloudNow();
      const c = liveChallenge(tx.index, challengeId, now);
      if (!c || c.expiresAt <= now) throw cloudErrors.signInEnded();
      const a = accountOf(tx.index, c.accountId);
      if (a.codesLockedUntil && a.codesLockedUntil > now)
        throw locked(a.codesLockedUntil, 'Too many wrong codes.');
      const contact = a.contacts.find((x) => x.method === method);
      if (!contact) throw cloudErrors.badRequest('That contact method is not on this account.');
      c.codeHash = hash;
      c.codeSentAt = now;
      c.expiresAt = now + CODE_TTL_MS;
      // A text to a phone that cannot receive it is simply lost, as on the real network.
      if (method !== 'text' || textReachable(contact.to)) {
        tx.index.deliveries = [
          ...tx.index.deliveries.slice(-49),
          { channel: method, to: contact.to, code, at: now },
        ];
      }
    });
    return null;
  }),

  route('post', '/api/auth/verify', { auth: false, fault: 'sign-in' }, async ({ body }) => {
    const { challengeId, code } = await body(verifyBody);
    const hash = await codeHash(challengeId, code);
    const outcome = await cloudWrite(async (tx) => {
      const now = cloudNow();
      const c = liveChallenge(tx.index, challengeId, now);
      if (!c) return { error: cloudErrors.signInEnded() };
      const a = accountOf(tx.index, c.accountId);
      if (a.codesLockedUntil && a.codesLockedUntil > now)
        return { error: locked(a.codesLockedUntil, 'Too many wrong codes.') };
      if (c.expiresAt <= now) {
        dropChallenge(tx.index, c.id);
        return c.codeHash
          ? {
              error: new CloudError(
                400,
                'code-expired',
                'That code has expired. Sign in again to get a new one.',
              ),
            }
          : { error: cloudErrors.signInEnded() };
      }
      if (!c.codeHash) return { error: new CloudError(400, 'no-code', 'Ask for a code first.') };
      if (!constantTimeEqual(hash, c.codeHash)) {
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
      // A challenge opens one session, once.
      dropChallenge(tx.index, c.id);
      const token = await openSession(tx.index, a.id, now);
      return { token, account: publicAccount(a) };
    });
    // Failed attempts are counted (committed above) before the error goes out.
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }),

  route('post', '/api/auth/sign-out', {}, async ({ token }) => {
    const hash = await tokenHash(token);
    await cloudWrite((tx) => {
      tx.index.sessions = tx.index.sessions.filter((s) => s.tokenHash !== hash);
    });
    return null;
  }),

  route('get', '/api/me', {}, ({ account }) => publicAccount(account)),
];
