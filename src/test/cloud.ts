import { clear } from 'idb-keyval';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { markCloudReady } from '../api/cloudReady';
import { sendCode } from '../api/auth/sendCode';
import { signIn } from '../api/auth/signIn';
import { verifyCode } from '../api/auth/verifyCode';
import { ApiError } from '../api/errors';
import { CLOUD_DB, dropCloudCache } from '../cloud/db';
import { cloudConfig } from '../cloud/faults';
import { server } from '../cloud/node';
import { setSurroundings } from '../cloud/surroundings';
import { clock } from '../device/environment';
import { readDeliveries } from '../cloud/inbox';
import { demoAccount } from '../cloud/demoAccount';
import { idbStore } from '../lib/persistStorage';
import { DEVICE_DB } from '../device/store';

/** Runs the browser's cloud handlers under msw/node, with a clean cloud for each test. */
export function withCloudServer(): void {
  beforeAll(() => {
    // The cloud keeps the emulated clock, as in the browser, so tests move its time with it.
    setSurroundings({ now: () => clock.now() });
    server.listen({ onUnhandledRequest: 'error' });
    markCloudReady();
  });
  afterEach(async () => {
    server.resetHandlers();
    cloudConfig.clear();
    cloudConfig.setLatency(0);
    await resetStores();
  });
  afterAll(() => server.close());
}

async function resetStores(): Promise<void> {
  await clear(idbStore(CLOUD_DB));
  await clear(idbStore(DEVICE_DB));
  dropCloudCache();
}

/** The ApiError `p` rejects with; fails the test if it resolves or rejects with anything else. */
export async function failure(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(e)}`);
  return e;
}

/** Signs in through the whole identity check, the way the phone does, with the emailed code. */
export async function signInAs(email: string = demoAccount.email, password: string = demoAccount.password) {
  const challenge = await signIn(email, password);
  await sendCode(challenge.challengeId, 'email');
  const [latest] = await readDeliveries();
  if (!latest) throw new Error('no code delivered');
  return verifyCode(challenge.challengeId, latest.code);
}

/**
 * `Can't access your account?` through to the end, the way the phone does it (the code by email):
 * the account gets `newPassword`, and the answer is a session with it.
 */
export async function resetPasswordAs(newPassword: string, email: string = demoAccount.email) {
  const { startPasswordReset } = await import('../api/auth/startPasswordReset');
  const { sendResetCode } = await import('../api/auth/sendResetCode');
  const { verifyResetCode } = await import('../api/auth/verifyResetCode');
  const { completePasswordReset } = await import('../api/auth/completePasswordReset');
  const reset = await startPasswordReset(email);
  await sendResetCode(reset.resetId, 'email');
  const [latest] = await readDeliveries();
  if (!latest) throw new Error('no code delivered');
  await verifyResetCode(reset.resetId, latest.code);
  return completePasswordReset(reset.resetId, newPassword);
}
