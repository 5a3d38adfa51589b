/**
 * Issue #18, Low: automatic backup backs off after failures (1 hour, then 2, 4… at most a day of
 * emulated time) instead of trying at every tick, and after three failures in a row the phone says
 * so. A backup that works, automatic or not, starts the count again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { cloudConfig } from '../cloud/faults';
import { server } from '../cloud/node';
import { clock, setNetwork, setPower } from '../device/environment';
import { activePhone } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { withCloudServer } from '../test/cloud';
import { autoBackupTrouble, DAY_MS, runScheduledBackups } from './autoBackup';
import { backUpNow } from './backupNow';

withCloudServer();

const HOUR_MS = 3600 * 1000;

beforeEach(async () => {
  await applyScenario('used-phone');
  setNetwork('wifi');
  setPower('plugged');
});

/** Counts the backups begun (each automatic attempt begins one upload). */
function countAttempts(): () => number {
  let attempts = 0;
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/backup/uploads')) attempts += 1;
  });
  return () => attempts;
}

describe('automatic backup after failures', () => {
  it('waits longer after each failure, and says so after the third', async () => {
    const attempts = countAttempts();
    cloudConfig.inject({ kind: 'commit', error: 'server-error', times: 'always' });
    clock.advance(DAY_MS + 1000);
    await runScheduledBackups();
    expect(attempts()).toBe(1);
    // The scheduler ticks again and again: no new attempt before an hour has passed.
    await runScheduledBackups();
    clock.advance(HOUR_MS - 60_000);
    await runScheduledBackups();
    expect(attempts()).toBe(1);
    expect(autoBackupTrouble(activePhone())).toBeNull();

    clock.advance(60_000);
    await runScheduledBackups();
    expect(attempts()).toBe(2);
    clock.advance(HOUR_MS);
    await runScheduledBackups();
    expect(attempts()).toBe(2); // two hours after the second failure, not one
    clock.advance(HOUR_MS);
    await runScheduledBackups();
    expect(attempts()).toBe(3);

    const trouble = autoBackupTrouble(activePhone());
    expect(trouble).toMatch(
      /^Your phone couldn't back up automatically the last 3 times\. It will try again after /,
    );
    expect(trouble).toContain('11/25/2026 4:00 AM');

    cloudConfig.clear();
    await backUpNow();
    expect(autoBackupTrouble(activePhone())).toBeNull();
    expect(activePhone().backup.autoBackupFailures).toBe(0);
  });

  it('never waits more than a day between tries', async () => {
    const attempts = countAttempts();
    cloudConfig.inject({ kind: 'commit', error: 'server-error', times: 'always' });
    clock.advance(DAY_MS + 1000);
    for (let i = 0; i < 8; i++) {
      await runScheduledBackups();
      clock.advance(DAY_MS);
    }
    await runScheduledBackups();
    expect(attempts()).toBe(9);
  });
});
