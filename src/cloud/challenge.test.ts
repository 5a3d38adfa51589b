/**
 * Issue #18, finding 3 and the stored codes: a sign-in challenge opens one session, once, and
 * only while its code lives; the cloud keeps no identity code in a form that can be read back.
 */
import { describe, expect, it } from 'vitest';
import { sendCode } from '../api/auth/sendCode';
import { signIn } from '../api/auth/signIn';
import { verifyCode } from '../api/auth/verifyCode';
import { clock } from '../device/environment';
import { failure, withCloudServer } from '../test/cloud';
import { cloudRead } from './db';
import { demoAccount } from './demoAccount';
import { CODE_TTL_MS } from './handlers/auth';
import { readDeliveries } from './inbox';

withCloudServer();

async function emailedCode(challengeId: string): Promise<string> {
  await sendCode(challengeId, 'email');
  const [latest] = await readDeliveries();
  return latest!.code;
}

const ENDED = { status: 404, message: 'That sign-in has ended. Sign in again.' };

describe('finding 3: a sign-in challenge is single-use and expires with its code', () => {
  it('a verified challenge opens no second session, not even 30 days later with a new code', async () => {
    const { challengeId } = await signIn(demoAccount.email, demoAccount.password);
    const code = await emailedCode(challengeId);
    await verifyCode(challengeId, code);
    expect(await failure(verifyCode(challengeId, code))).toMatchObject(ENDED);
    clock.advance(30 * 24 * 3600 * 1000);
    expect(await failure(sendCode(challengeId, 'email'))).toMatchObject(ENDED);
    expect(await cloudRead((index) => index.sessions.length)).toBe(1);
  });

  it('once its code has expired, the challenge is over: no new code, no session', async () => {
    const { challengeId } = await signIn(demoAccount.email, demoAccount.password);
    const code = await emailedCode(challengeId);
    clock.advance(CODE_TTL_MS + 1000);
    expect(await failure(verifyCode(challengeId, code))).toMatchObject({ status: 400, code: 'code-expired' });
    expect(await failure(sendCode(challengeId, 'email'))).toMatchObject(ENDED);
    expect(await failure(verifyCode(challengeId, code))).toMatchObject(ENDED);
    expect(await cloudRead((index) => index.sessions.length)).toBe(0);
  });

  it('a challenge nobody asked a code for ends as a code would', async () => {
    const { challengeId } = await signIn(demoAccount.email, demoAccount.password);
    clock.advance(CODE_TTL_MS + 1000);
    expect(await failure(sendCode(challengeId, 'email'))).toMatchObject(ENDED);
  });

  it('a new code, asked while the challenge lives, gives it a new ten minutes', async () => {
    const { challengeId } = await signIn(demoAccount.email, demoAccount.password);
    await emailedCode(challengeId);
    clock.advance(CODE_TTL_MS - 60_000);
    const code = await emailedCode(challengeId);
    clock.advance(CODE_TTL_MS - 60_000);
    await expect(verifyCode(challengeId, code)).resolves.toHaveProperty('token');
  });
});

describe('codes and tokens are stored as hashes', () => {
  it('the cloud keeps neither the session token nor the identity code it sent', async () => {
    const { challengeId } = await signIn(demoAccount.email, demoAccount.password);
    const code = await emailedCode(challengeId);
    const challenges = await cloudRead((index) => JSON.stringify(index.challenges));
    expect(challenges).not.toContain(code);
    const { token } = await verifyCode(challengeId, code);
    const stored = await cloudRead((index) => JSON.stringify({ ...index, deliveries: [] }));
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(code);
  });
});
