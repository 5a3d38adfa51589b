import { describe, expect, it, vi } from 'vitest';
import { queryClient } from '../api/queryClient';
import { cloudWrite } from '../cloud/db';
import { clock } from '../device/environment';
import { withCloudServer } from '../test/cloud';
import { refreshQueriesOnCloudChange } from './cloudSync';
import { jobsRunning } from './jobs';

withCloudServer();

const idle = () => vi.waitFor(() => expect(jobsRunning()).toBe(false));

describe('the screens learn of cloud changes made elsewhere', () => {
  it('refreshes the cloud queries when a backup goes, and not for changes no screen shows', async () => {
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await refreshQueriesOnCloudChange();
    await cloudWrite((tx) => {
      tx.index.backups.push({
        deviceId: 'dev-1',
        accountId: 'acc-demo',
        phoneName: 'Lumia 920',
        model: 'Lumia 920',
        createdAt: clock.now(),
        parts: { settings: { blob: 'b', sizeBytes: 1 }, apps: null },
      });
    });
    await idle();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['cloud'] });

    invalidate.mockClear();
    // A sign-in's session: nothing any screen lists.
    await cloudWrite(
      (tx) => void tx.index.sessions.push({ tokenHash: 't'.repeat(20), accountId: 'acc-demo', createdAt: 0 }),
    );
    await idle();
    expect(invalidate).not.toHaveBeenCalled();

    // The website deletes it (in another tab, the cloud store tells this one the same way).
    await cloudWrite((tx) => {
      tx.index.backups = [];
    });
    await idle();
    expect(invalidate).toHaveBeenCalledTimes(1);
    invalidate.mockRestore();
  });
});
