/**
 * Issue #18, Low: sessions end. Expired ones are pruned, an account keeps a bounded number, and
 * signing out (or a reset) ends a session for good.
 */
import { describe, expect, it } from 'vitest';
import { cloudRequest } from '../api/client';
import { ApiError } from '../api/errors';
import { clock } from '../device/environment';
import { signInAs, withCloudServer } from '../test/cloud';
import { cloudRead } from './db';
import { SESSION_TTL_MS } from './guard';
import { MAX_SESSIONS_PER_ACCOUNT } from './sessions';

withCloudServer();

const storage = (token: string) => cloudRequest('/api/me/storage', { token });
const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: unknown) => (e instanceof ApiError ? e.status : -1),
  );

describe('sessions', () => {
  it('expired sessions are pruned when a new one opens', async () => {
    await signInAs();
    clock.advance(SESSION_TTL_MS + 1000);
    await signInAs();
    expect(await cloudRead((index) => index.sessions.length)).toBe(1);
  });

  it(`an account keeps at most ${MAX_SESSIONS_PER_ACCOUNT} sessions: the oldest ends first`, async () => {
    const tokens: string[] = [];
    for (let i = 0; i <= MAX_SESSIONS_PER_ACCOUNT; i++) {
      tokens.push((await signInAs()).token);
      clock.advance(1000);
    }
    expect(await cloudRead((index) => index.sessions.length)).toBe(MAX_SESSIONS_PER_ACCOUNT);
    expect(await statusOf(storage(tokens[0]!))).toBe(401);
    expect(await statusOf(storage(tokens.at(-1)!))).toBe(200);
  }, 60_000);

  it('a signed-out session answers 401 from then on', async () => {
    const { token } = await signInAs();
    await cloudRequest('/api/auth/sign-out', { method: 'POST', token });
    expect(await statusOf(storage(token))).toBe(401);
  });
});
