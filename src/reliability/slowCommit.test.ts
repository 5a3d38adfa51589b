/**
 * Issue #18, finding 8: a commit slower than the phone's timeout. The cloud is really slow here
 * (the handler runs late), not stopped by an injected fault: whatever the phone then says, the
 * cloud must hold the same backup.
 */
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { getBackup } from '../api/backups/getBackup';
import { setRequestTimeoutForTests } from '../api/client';
import { BACKUP_FAILED_MESSAGE, backUpNow } from '../backup/backupNow';
import { backupParts } from '../backup/snapshot';
import { cloudIdle } from '../cloud/inFlight';
import { cloudHandlers } from '../cloud/handlers';
import { server } from '../cloud/node';
import { clock } from '../device/environment';
import { activePhone } from '../device/store';
import { partsPath, setUpFaultTests } from '../test/faultHarness';

setUpFaultTests();

const commitPath = '*/api/devices/:deviceId/backup/uploads/:uploadId/commit';
const TIMEOUT_MS = 100;

/** The cloud's own commit handler, which the tests below run late or answer late. */
const commit = cloudHandlers.find((h) => h.info.header.endsWith('/backup/uploads/:uploadId/commit'))!;

/** The client gives up after TIMEOUT_MS, from the commit on (set as the last part lands). */
function shortTimeoutForTheCommit() {
  const last = String(backupParts(activePhone()).length - 1);
  return http.put(partsPath, ({ params }) => {
    if (params.n === last) setRequestTimeoutForTests(TIMEOUT_MS);
  });
}

/** The commit reaches the cloud's handler `ms` late; resolves once that handler has answered (to nobody). */
function slowCommit(ms: number): Promise<void> {
  let arrived!: () => void;
  const late = new Promise<void>((resolve) => (arrived = resolve));
  server.use(
    shortTimeoutForTheCommit(),
    http.post(commitPath, async ({ request, requestId }) => {
      await delay(ms);
      const answered = await commit.run({ request, requestId });
      arrived();
      return answered?.response;
    }),
  );
  return late;
}

async function cloudBackupTime(): Promise<number> {
  return (await getBackup(activePhone().identity.deviceId)).createdAt;
}

describe('finding 8: a slow commit does not lie', () => {
  it('the phone timed out on the commit: what it then says and what the cloud holds agree', async () => {
    const first = await backUpNow();
    clock.advance(60_000);
    const late = slowCommit(TIMEOUT_MS * 5);
    const outcome = await backUpNow().then(
      (o) => ({ ok: true as const, createdAt: o.createdAt }),
      (e: unknown) => ({ ok: false as const, message: (e as Error).message }),
    );
    await late;
    server.resetHandlers();
    setRequestTimeoutForTests();
    const inCloud = await cloudBackupTime();
    expect(activePhone().backup.lastBackupAt).toBe(inCloud);
    if (outcome.ok) expect(inCloud).toBe(outcome.createdAt);
    else {
      expect(outcome.message).toBe(BACKUP_FAILED_MESSAGE);
      expect(inCloud).toBe(first.createdAt);
    }
  });

  it('after the timeout, a commit that did land is reported as the backup it made', async () => {
    await backUpNow();
    clock.advance(60_000);
    // The cloud commits at once, but its answer reaches the phone too late.
    server.use(
      shortTimeoutForTheCommit(),
      http.post(commitPath, async ({ request, requestId }) => {
        const answered = await commit.run({ request, requestId });
        await delay(TIMEOUT_MS * 5);
        return answered?.response;
      }),
    );
    const outcome = await backUpNow();
    await cloudIdle();
    server.resetHandlers();
    setRequestTimeoutForTests();
    expect(await cloudBackupTime()).toBe(outcome.createdAt);
    expect(activePhone().backup.lastBackupAt).toBe(outcome.createdAt);
  });
});
