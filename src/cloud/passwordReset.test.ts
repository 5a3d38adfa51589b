import { describe, expect, it } from 'vitest';
import { completePasswordReset } from '../api/auth/completePasswordReset';
import { sendCode } from '../api/auth/sendCode';
import { sendResetCode } from '../api/auth/sendResetCode';
import { signIn } from '../api/auth/signIn';
import { startPasswordReset } from '../api/auth/startPasswordReset';
import { verifyResetCode } from '../api/auth/verifyResetCode';
import { getBackups } from '../api/backups/getBackups';
import { cloudRequest } from '../api/client';
import { clock } from '../device/environment';
import { failure, resetPasswordAs, signInAs, withCloudServer } from '../test/cloud';
import { cloudRead, cloudWrite, dumpCloud } from './db';
import { demoAccount, PHONE_NUMBER } from './demoAccount';
import { cloudConfig } from './faults';
import { CODE_TTL_MS, MAX_WRONG_CODES } from './handlers/auth';
import { readDeliveries } from './inbox';
import { setSurroundings } from './surroundings';

withCloudServer();

const NEW_PASSWORD = 'Windows-8.1';

/** A reset of the demo account whose code was sent by email; returns its id and the code. */
async function resetWithCode(email = demoAccount.email) {
  const { resetId } = await startPasswordReset(email);
  await sendResetCode(resetId, 'email');
  const code = (await readDeliveries())[0]?.code ?? '';
  return { resetId, code };
}

const me = (token: string) => cloudRequest('/api/me', { token });

describe("Can't access your account? (password reset)", () => {
  it('offers the contacts masked as sign-in does, then a code, a new password and a session', async () => {
    const reset = await startPasswordReset(demoAccount.email);
    const challenge = await signIn(demoAccount.email, demoAccount.password);
    expect(reset.methods).toEqual(challenge.methods);
    await sendResetCode(reset.resetId, 'email');
    const [delivered] = await readDeliveries();
    expect(delivered).toMatchObject({ channel: 'email', to: 'demo.home@hotmail.com' });
    await verifyResetCode(reset.resetId, delivered!.code);
    const session = await completePasswordReset(reset.resetId, NEW_PASSWORD);
    expect(session.account.email).toBe(demoAccount.email);
    await expect(me(session.token)).resolves.toBeUndefined();
    // Signed in with the new password from now on, not the old one.
    expect((await failure(signIn(demoAccount.email, demoAccount.password))).code).toBe('wrong-password');
    await expect(signIn(demoAccount.email, NEW_PASSWORD)).resolves.toHaveProperty('challengeId');
  });

  it('keeps the backups, ends every other session of the account, and the sign-ins begun with the old password', async () => {
    const phone = await signInAs();
    await cloudWrite((tx) => {
      tx.index.backups.push({
        deviceId: 'dev-1',
        accountId: phone.account.id,
        phoneName: 'Lumia 930',
        model: 'Lumia 930',
        createdAt: clock.now(),
        parts: { settings: { blob: 'b-1', sizeBytes: 10 }, apps: null },
      });
    });
    const begun = await signIn(demoAccount.email, demoAccount.password);
    const session = await resetPasswordAs(NEW_PASSWORD);
    expect((await failure(me(phone.token))).status).toBe(401);
    expect((await failure(sendCode(begun.challengeId, 'email'))).status).toBe(404);
    expect((await getBackups(session.token)).map((b) => b.deviceId)).toEqual(['dev-1']);
  });

  it('sends no text to the phone being set up; a call arrives', async () => {
    setSurroundings({ textReachable: (to) => to !== PHONE_NUMBER });
    try {
      const { resetId } = await startPasswordReset(demoAccount.email);
      await sendResetCode(resetId, 'text');
      expect(await readDeliveries()).toEqual([]);
      await sendResetCode(resetId, 'call');
      expect((await readDeliveries()).map((d) => d.channel)).toEqual(['call']);
    } finally {
      setSurroundings({ textReachable: () => true });
    }
  });

  it('refuses an expired code, and a reset left unfinished for an hour', async () => {
    const { resetId, code } = await resetWithCode();
    clock.advance(CODE_TTL_MS + 1000);
    expect((await failure(verifyResetCode(resetId, code))).code).toBe('code-expired');
    clock.advance(60 * 60_000);
    expect((await failure(sendResetCode(resetId, 'email'))).status).toBe(404);
  });

  it('locks after five wrong codes (a brute-forced code), with the identity check, across new resets', async () => {
    const { resetId, code } = await resetWithCode();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i < MAX_WRONG_CODES; i++)
      expect((await failure(verifyResetCode(resetId, wrong))).code).toBe('wrong-code');
    const lock = await failure(verifyResetCode(resetId, wrong));
    expect(lock.status).toBe(423);
    expect(lock.message).toBe('Too many wrong codes. Try again in 30 minutes.');
    // Even the right code waits, a new reset cannot send one, nor can the identity check.
    expect((await failure(verifyResetCode(resetId, code))).status).toBe(423);
    const again = await startPasswordReset(demoAccount.email);
    expect((await failure(sendResetCode(again.resetId, 'email'))).status).toBe(423);
    const challenge = await signIn(demoAccount.email, demoAccount.password);
    expect((await failure(sendCode(challenge.challengeId, 'email'))).status).toBe(423);
    expect((await failure(completePasswordReset(resetId, NEW_PASSWORD))).status).toBe(403);
    clock.advance(31 * 60_000);
    await expect(resetPasswordAs(NEW_PASSWORD)).resolves.toHaveProperty('token');
  });

  it.each([
    ['blank', '', 'password-blank'],
    ['white space only', ' \u00a0\u3000\t ', 'password-blank'],
    ['seven characters', 'Lumia93', 'password-too-short'],
    ['seven emoji (14 UTF-16 units)', '📱📱📱📱📱📱📱', 'password-too-short'],
    ['the current one', demoAccount.password, 'same-password'],
  ])('refuses a new password that is %s, and nothing changes', async (_what, newPassword, code) => {
    const { resetId, code: sent } = await resetWithCode();
    await verifyResetCode(resetId, sent);
    const e = await failure(completePasswordReset(resetId, newPassword));
    expect([e.status, e.code]).toEqual([400, code]);
    await expect(signIn(demoAccount.email, demoAccount.password)).resolves.toHaveProperty('challengeId');
    // The reset is still open: a good password goes through.
    await expect(completePasswordReset(resetId, '📱📱📱📱📱📱📱📱')).resolves.toHaveProperty('token');
  });

  it('creates the new password only once the code was right, and only once', async () => {
    const { resetId, code } = await resetWithCode();
    expect((await failure(completePasswordReset(resetId, NEW_PASSWORD))).code).toBe('not-verified');
    await verifyResetCode(resetId, code);
    await completePasswordReset(resetId, NEW_PASSWORD);
    expect((await failure(completePasswordReset(resetId, 'Another-pass-1'))).status).toBe(404);
    expect((await failure(verifyResetCode(resetId, code))).status).toBe(404);
  });

  it('answers an address without an account exactly as one with it, and delivers nothing', async () => {
    const known = await startPasswordReset(demoAccount.email);
    const unknown = await startPasswordReset('nobody@example.com');
    expect(unknown.methods.map((m) => m.method)).toEqual(known.methods.map((m) => m.method));
    expect(unknown.methods[2]!.masked).toMatch(/^[a-z]{2}\*{5}@[a-z]+\.com$/);
    // The same address always shows the same contacts.
    expect((await startPasswordReset('NOBODY@example.com')).methods).toEqual(unknown.methods);
    await sendResetCode(unknown.resetId, 'email');
    expect(await readDeliveries()).toEqual([]);
    for (let i = 1; i < MAX_WRONG_CODES; i++)
      expect((await failure(verifyResetCode(unknown.resetId, '123456'))).code).toBe('wrong-code');
    expect((await failure(verifyResetCode(unknown.resetId, '123456'))).status).toBe(423);
    // The demo account is not locked by it.
    await expect(resetPasswordAs(NEW_PASSWORD)).resolves.toHaveProperty('token');
  });

  it('lifts the sign-in lock of the address, and keeps the new session only as a hash', async () => {
    for (let i = 0; i < 6; i += 1) await failure(signIn(demoAccount.email, 'not-the-password'));
    expect((await failure(signIn(demoAccount.email, 'not-the-password'))).status).toBe(423);
    const { resetId, code } = await resetWithCode();
    await verifyResetCode(resetId, code);
    const session = await completePasswordReset(resetId, NEW_PASSWORD);
    await expect(signIn(demoAccount.email, NEW_PASSWORD)).resolves.toHaveProperty('challengeId');
    expect(JSON.stringify(await dumpCloud())).not.toContain(session.token);
  });

  it('keeps codes and passwords only as hashes', async () => {
    const { resetId, code } = await resetWithCode();
    const stored = JSON.stringify(Object.entries(await dumpCloud()).filter(([k]) => k !== 'index'));
    expect(stored).toContain(resetId);
    expect(stored).not.toContain(code);
    await verifyResetCode(resetId, code);
    await completePasswordReset(resetId, NEW_PASSWORD);
    expect(JSON.stringify(await dumpCloud())).not.toContain(NEW_PASSWORD);
  });

  it('refuses hostile input: an unknown or oversized reset id, a contact the account lacks, a body not JSON', async () => {
    expect((await failure(sendResetCode('rst-forged', 'email'))).status).toBe(404);
    expect((await failure(verifyResetCode('x'.repeat(5000), '123456'))).status).toBe(400);
    expect((await failure(completePasswordReset('rst-forged', NEW_PASSWORD))).status).toBe(404);
    await cloudWrite((tx) => {
      tx.index.accounts[0]!.contacts = [{ method: 'email', to: 'demo.home@hotmail.com' }];
    });
    const { resetId } = await startPasswordReset(demoAccount.email);
    expect((await failure(sendResetCode(resetId, 'call'))).code).toBe('bad-request');
    const raw = await fetch(new URL('/api/auth/password-reset', location.href), {
      method: 'POST',
      body: '{',
    });
    expect(raw.status).toBe(400);
    expect(await cloudRead((index) => index.accounts[0]!.passwordHash)).toBeTruthy();
  });

  it('is failed by the sign-in and send-code faults', async () => {
    cloudConfig.inject({ kind: 'sign-in', error: 'server-error' });
    expect((await failure(startPasswordReset(demoAccount.email))).status).toBe(500);
    const { resetId } = await startPasswordReset(demoAccount.email);
    cloudConfig.inject({ kind: 'send-code', error: 'server-error' });
    expect((await failure(sendResetCode(resetId, 'email'))).status).toBe(500);
    await sendResetCode(resetId, 'email');
    expect(await readDeliveries()).toHaveLength(1);
  });
});
