/**
 * Hostile timing (issue #20): the account website deletes the backup while the phone restores it.
 * The restore reads the backup in one request and writes the phone in one step, so the phone
 * ends either wholly restored or untouched, and says which.
 */
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { completeSignIn } from '../api/auth/linkAccount';
import { deleteBackup } from '../api/backups/deleteBackup';
import { getBackups } from '../api/backups/getBackups';
import { server } from '../cloud/node';
import { demoAccount } from '../cloud/demoAccount';
import { resetPhone } from '../device/reset';
import { activePhone } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { signInAs, withCloudServer } from '../test/cloud';
import { backUpNow } from './backupNow';
import { restoreFromBackup } from './restore';

withCloudServer();

/** The used phone backs up and is reset; the website signs in with a session of its own. */
async function backedUpThenReset() {
  await applyScenario('used-phone');
  const deviceId = activePhone().identity.deviceId;
  await backUpNow();
  resetPhone();
  await completeSignIn(await signInAs(), demoAccount.password);
  const website = await signInAs();
  return { deviceId, websiteToken: website.token };
}

describe('the website deletes the backup while the phone restores it', () => {
  it('before the download: the restore fails, says so, and leaves the phone as it was', async () => {
    const { deviceId, websiteToken } = await backedUpThenReset();
    const before = activePhone();
    server.use(
      http.get('*/api/devices/:deviceId/backup', async () => {
        await deleteBackup(deviceId, ['settings', 'apps'], websiteToken);
        // No answer: the cloud's own handler answers, after the delete.
      }),
    );
    await expect(restoreFromBackup({ deviceId, range: 'any' })).rejects.toThrow(
      'There is no backup for this phone.',
    );
    const phone = activePhone();
    expect(phone.settings).toEqual(before.settings);
    expect(phone.messages).toEqual(before.messages);
    expect(phone.accounts).toEqual(before.accounts);
    expect(phone.setup.restore).toMatchObject({
      status: 'failed',
      error: 'There is no backup for this phone.',
    });
  });

  it('after the download: the restore finishes whole from what it read; the backup is gone for the next one', async () => {
    const { deviceId, websiteToken } = await backedUpThenReset();
    server.use(
      http.get('*/api/devices/:deviceId/messages', async () => {
        await deleteBackup(deviceId, ['settings', 'apps'], websiteToken);
      }),
    );
    const summary = await restoreFromBackup({ deviceId, range: 'any' });
    expect(summary.restored.join('\n')).toMatch(/theme and accent color/);
    expect(activePhone().settings.accent).toBe('cobalt');
    expect(activePhone().messages.length).toBeGreaterThan(0);
    expect(activePhone().setup.restore?.status).toBe('applied');
    expect(await getBackups()).toEqual([]);
    await expect(restoreFromBackup({ deviceId, range: 'any' })).rejects.toThrow(
      'There is no backup for this phone.',
    );
  });
});
