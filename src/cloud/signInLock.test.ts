/**
 * Issue #18, findings 1 and 2: the sign-in lock holds against parallel guesses, and a known
 * address cannot be told from an unknown one by status, message or how long the answer takes.
 */
import { describe, expect, it } from 'vitest';
import { signIn } from '../api/auth/signIn';
import { ApiError } from '../api/errors';
import { clock } from '../device/environment';
import { withCloudServer } from '../test/cloud';
import { demoAccount } from './demoAccount';
import { MAX_WRONG_PASSWORDS, PASSWORD_LOCK_MS, PASSWORD_SLOWDOWN_MS } from './signInThrottle';

withCloudServer();

/** What one sign-in answered, and how long it took. */
async function attempt(email: string, password: string) {
  const started = performance.now();
  const outcome = await signIn(email, password).then(
    () => ({ status: 200, message: 'signed in' }),
    (e: unknown) => {
      if (!(e instanceof ApiError)) throw e;
      return { status: e.status, message: e.message };
    },
  );
  return { ...outcome, ms: performance.now() - started };
}

/** The least an answer waits on purpose: from the third wrong password in a row, 400 ms more each. */
const slowdownOf = (n: number) => (n >= 3 && n < MAX_WRONG_PASSWORDS ? PASSWORD_SLOWDOWN_MS * (n - 2) : 0);

describe('finding 1: the sign-in lock cannot be raced', () => {
  it('parallel guesses with the right password last: no guess gets past the lock', async () => {
    const guesses = [
      ...Array.from({ length: 39 }, (_, i) => signIn(demoAccount.email, `wrong-${i}`)),
      signIn(demoAccount.email, demoAccount.password),
    ];
    const statuses = (await Promise.allSettled(guesses)).map((r) =>
      r.status === 'fulfilled' ? 200 : (r.reason as ApiError).status,
    );
    const count = (s: number) => statuses.filter((x) => x === s).length;
    expect(count(200)).toBe(0);
    // Only the attempts the lock allows were ever checked; every other one met the lock.
    expect(count(401)).toBeLessThan(MAX_WRONG_PASSWORDS);
    expect(count(423)).toBe(guesses.length - count(401));
    expect(statuses.at(-1)).toBe(423);
    // The lock ends as it says, and the right password then works.
    clock.advance(PASSWORD_LOCK_MS + 1000);
    await expect(signIn(demoAccount.email, demoAccount.password)).resolves.toHaveProperty('challengeId');
  }, 60_000);

  it('a right password among the allowed attempts still signs in', async () => {
    const guesses = [
      signIn(demoAccount.email, 'wrong-1'),
      signIn(demoAccount.email, 'wrong-2'),
      signIn(demoAccount.email, demoAccount.password),
    ];
    const [a, b, right] = await Promise.allSettled(guesses);
    expect([a!.status, b!.status]).toEqual(['rejected', 'rejected']);
    expect(right!.status).toBe('fulfilled');
  }, 30_000);
});

describe('finding 2: accounts cannot be enumerated', () => {
  it('a known and an unknown address answer alike at every attempt: status, message and wait', async () => {
    const known = demoAccount.email;
    const unknown = 'nobody.here@example.com';
    for (let n = 1; n <= MAX_WRONG_PASSWORDS + 1; n++) {
      const a = await attempt(known, `wrong-${n}`);
      const b = await attempt(unknown, `wrong-${n}`);
      expect({ n, status: b.status, message: b.message }).toEqual({
        n,
        status: a.status,
        message: a.message,
      });
      // Each waits at least the slowdown of its attempt: an unknown address is slowed like a known one.
      expect(a.ms, `known address, attempt ${n}`).toBeGreaterThanOrEqual(slowdownOf(n) - 5);
      expect(b.ms, `unknown address, attempt ${n}`).toBeGreaterThanOrEqual(slowdownOf(n) - 5);
      if (n < MAX_WRONG_PASSWORDS) expect(b.status).toBe(401);
      else expect(b.status).toBe(423);
    }
    // Both locks end at the same time.
    clock.advance(PASSWORD_LOCK_MS + 1000);
    expect((await attempt(unknown, 'wrong')).status).toBe(401);
    await expect(signIn(known, demoAccount.password)).resolves.toHaveProperty('challengeId');
  }, 60_000);

  it('counts per address as typed, whatever its case', async () => {
    for (let n = 1; n < MAX_WRONG_PASSWORDS; n++) await attempt('Someone@Example.com', 'wrong');
    expect((await attempt('someone@example.COM', 'wrong')).status).toBe(423);
    // Another address is not affected.
    expect((await attempt('someone.else@example.com', 'wrong')).status).toBe(401);
  }, 60_000);
});
