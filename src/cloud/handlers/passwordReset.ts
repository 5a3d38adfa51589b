import { cloudNow, textReachable } from '../surroundings';
import { constantTimeEqual, hashPassword, randomBytes, randomCode, toBase64 } from '../../lib/crypto';
import { cloudRead, cloudWrite } from '../db';
import { CloudError, cloudErrors } from '../errors';
import { route } from '../guard';
import { maskContact } from '../mask';
import {
  addressKey,
  codeCounter,
  decoyMethods,
  hashResetCode,
  readResets,
  writeResets,
  type PasswordReset,
  type PasswordResets,
} from '../passwordResets';
import { z } from '../../lib/zod';
import { accountOf, CODE_LOCK_MS, CODE_TTL_MS, locked, MAX_WRONG_CODES, publicAccount } from './auth';
import { openSession } from '../sessions';
import { clearThrottle } from '../signInThrottle';

/** A new password has at least this many characters (not UTF-16 units). */
export const MIN_PASSWORD_LENGTH = 8;
/** An unfinished reset is forgotten after this long. */
const RESET_KEPT_MS = 60 * 60 * 1000;

const resetId = z.string().check(z.maxLength(100));
const startBody = z.object({ email: z.string().check(z.trim(), z.minLength(1), z.maxLength(320)) });
const codeBody = z.object({ resetId, method: z.enum(['text', 'call', 'email']) });
const verifyBody = z.object({ resetId, code: z.string().check(z.trim(), z.maxLength(20)) });
const completeBody = z.object({ resetId, newPassword: z.string().check(z.maxLength(1024)) });

const resetEnded = () =>
  new CloudError(404, 'not-found', 'That password reset has ended. Start again from the sign-in.');

/** The reset, if it is still open; throws what the user should see otherwise. */
function openReset(resets: PasswordResets, id: string): PasswordReset {
  const reset = resets.resets.find((r) => r.id === id);
  if (!reset || cloudNow() - reset.createdAt > RESET_KEPT_MS) throw resetEnded();
  return reset;
}

const tooManyCodes = (until: number) => locked(until, 'Too many wrong codes.');

/**
 * `Can't access your account?` (SPEC section 4b): a code to one of the account's contacts, then a
 * new password, then a session. Codes, their expiry and the lock after wrong ones are the identity
 * check's (the same counter on the account). An address without an account gets a decoy reset
 * that answers exactly as a real one whose codes never arrive, so nothing tells which exist.
 */
export const passwordResetHandlers = [
  route('post', '/api/auth/password-reset', { auth: false, fault: 'sign-in' }, async ({ body }) => {
    const { email } = await body(startBody);
    const key = await addressKey(email);
    const decoy = await decoyMethods(key);
    const now = cloudNow();
    return cloudWrite(async (tx) => {
      const account = tx.index.accounts.find((a) => a.email.toLowerCase() === email.toLowerCase());
      const resets = await readResets(tx);
      const reset: PasswordReset = {
        id: `rst-${crypto.randomUUID()}`,
        accountId: account?.id ?? null,
        addressKey: key,
        createdAt: now,
        codeHash: null,
        codeSentAt: null,
        verifiedAt: null,
      };
      resets.resets = [...resets.resets.filter((r) => now - r.createdAt < RESET_KEPT_MS), reset];
      writeResets(tx, resets);
      const methods = account
        ? account.contacts.map((c) => ({ method: c.method, masked: maskContact(c) }))
        : decoy;
      return { resetId: reset.id, methods };
    });
  }),

  route('post', '/api/auth/password-reset/code', { auth: false, fault: 'send-code' }, async ({ body }) => {
    const { resetId: id, method } = await body(codeBody);
    const code = randomCode();
    const codeHash = await hashResetCode(id, code);
    await cloudWrite(async (tx) => {
      const resets = await readResets(tx);
      const reset = openReset(resets, id);
      if (reset.verifiedAt !== null)
        throw new CloudError(409, 'already-verified', 'Your code was right: create your new password.');
      const now = cloudNow();
      const counter = codeCounter(tx.index, resets, reset);
      if (!counter) throw resetEnded();
      if (counter.codesLockedUntil && counter.codesLockedUntil > now)
        throw tooManyCodes(counter.codesLockedUntil);
      if (reset.accountId !== null) {
        const contact = accountOf(tx.index, reset.accountId).contacts.find((c) => c.method === method);
        if (!contact) throw cloudErrors.badRequest('That contact method is not on this account.');
        // A text to a phone that cannot receive it is lost, as in the identity check.
        if (method !== 'text' || textReachable(contact.to)) {
          tx.index.deliveries = [
            ...tx.index.deliveries.slice(-49),
            { channel: method, to: contact.to, code, at: now },
          ];
        }
      }
      reset.codeHash = codeHash;
      reset.codeSentAt = now;
      writeResets(tx, resets);
    });
    return null;
  }),

  route('post', '/api/auth/password-reset/verify', { auth: false, fault: 'sign-in' }, async ({ body }) => {
    const { resetId: id, code } = await body(verifyBody);
    const typedHash = await hashResetCode(id, code);
    const outcome = await cloudWrite(async (tx) => {
      const resets = await readResets(tx);
      const reset = resets.resets.find((r) => r.id === id);
      if (!reset || cloudNow() - reset.createdAt > RESET_KEPT_MS) return { error: resetEnded() };
      const now = cloudNow();
      const counter = codeCounter(tx.index, resets, reset);
      if (!counter) return { error: resetEnded() };
      if (counter.codesLockedUntil && counter.codesLockedUntil > now)
        return { error: tooManyCodes(counter.codesLockedUntil) };
      if (reset.verifiedAt !== null) return { ok: true };
      if (!reset.codeHash || !reset.codeSentAt)
        return { error: new CloudError(400, 'no-code', 'Ask for a code first.') };
      if (now - reset.codeSentAt > CODE_TTL_MS)
        return { error: new CloudError(400, 'code-expired', 'That code has expired. Ask for a new one.') };
      if (reset.accountId === null || !constantTimeEqual(typedHash, reset.codeHash)) {
        counter.failedCodes += 1;
        let error = new CloudError(400, 'wrong-code', "That code didn't work. Check the code and try again.");
        if (counter.failedCodes >= MAX_WRONG_CODES) {
          counter.failedCodes = 0;
          counter.codesLockedUntil = now + CODE_LOCK_MS;
          error = tooManyCodes(counter.codesLockedUntil);
        }
        writeResets(tx, resets);
        return { error };
      }
      counter.failedCodes = 0;
      reset.verifiedAt = now;
      reset.codeHash = null; // one use
      writeResets(tx, resets);
      return { ok: true };
    });
    // Wrong codes are counted (committed above) before the error goes out.
    if ('error' in outcome) throw outcome.error;
    return null;
  }),

  route('post', '/api/auth/password-reset/complete', { auth: false, fault: 'sign-in' }, async ({ body }) => {
    const { resetId: id, newPassword } = await body(completeBody);
    if (newPassword.trim() === '') throw new CloudError(400, 'password-blank', 'Enter a new password.');
    if ([...newPassword].length < MIN_PASSWORD_LENGTH)
      throw new CloudError(
        400,
        'password-too-short',
        `Your new password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
      );
    const account = await cloudRead(async (index, readBlob) => {
      const reset = openReset(await readResets({ readBlob }), id);
      if (reset.accountId === null || reset.verifiedAt === null)
        throw new CloudError(403, 'not-verified', 'Enter the code we sent you first.');
      if (cloudNow() - reset.verifiedAt > CODE_TTL_MS) throw resetEnded();
      return accountOf(index, reset.accountId);
    });
    // The hashes are worked out before the store is locked: each takes a while on purpose.
    if (constantTimeEqual(await hashPassword(newPassword, account.passwordSalt), account.passwordHash))
      throw new CloudError(400, 'same-password', "Your new password can't be the same as your current one.");
    const passwordSalt = toBase64(randomBytes(16));
    const passwordHash = await hashPassword(newPassword, passwordSalt);
    return cloudWrite(async (tx) => {
      const resets = await readResets(tx);
      const reset = resets.resets.find((r) => r.id === id);
      const a = tx.index.accounts.find((x) => x.id === account.id);
      // Completed or changed meanwhile (another tab, a second request): this reset has ended.
      if (!reset?.verifiedAt || !a || a.passwordHash !== account.passwordHash) throw resetEnded();
      const now = cloudNow();
      Object.assign(a, { passwordSalt, passwordHash });
      clearThrottle(tx.index, a.email);
      // Every device signs in again with the new password; sign-ins begun with the old one end.
      tx.index.sessions = tx.index.sessions.filter((s) => s.accountId !== a.id);
      tx.index.challenges = tx.index.challenges.filter((c) => c.accountId !== a.id);
      resets.resets = resets.resets.filter((r) => r.accountId !== a.id);
      writeResets(tx, resets);
      return { token: await openSession(tx.index, a.id, now), account: publicAccount(a) };
    });
  }),
];
