/**
 * Issue #18, Low: text-message and photo sync failures are shown, not swallowed, and a large text
 * history goes up in chunks, each kept as it lands.
 */
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { cloudRead, cloudWrite } from '../cloud/db';
import { cloudConfig } from '../cloud/faults';
import { server } from '../cloud/node';
import { clock, setNetwork, setPower } from '../device/environment';
import { activePhone, updatePhone } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { notices } from '../lib/notices';
import { withCloudServer } from '../test/cloud';
import { runScheduledBackups } from './autoBackup';
import { MESSAGE_CHUNK, syncMessages } from './messages';

withCloudServer();

const HOUR_MS = 3600 * 1000;
const noticeIds = () => notices.store.getState().items.map((n) => n.id);

beforeEach(async () => {
  await applyScenario('used-phone');
  setNetwork('wifi');
  setPower('plugged');
  notices.store.setState({ items: [] });
});

/** Texts the cloud has never had: the phone will send all of them. */
async function unsyncedTexts() {
  await cloudWrite((tx) => void (tx.index.messageStores = []));
  updatePhone((p) => ({ ...p, backup: { ...p.backup, lastMessageSyncAt: null, syncedMessageIds: [] } }));
}

describe('sync failures are shown', () => {
  it('a text backup that fails says so, and the notice goes once texts back up again', async () => {
    await unsyncedTexts();
    cloudConfig.inject({ kind: 'upload', error: 'server-error' });
    clock.advance(HOUR_MS);
    await runScheduledBackups();
    const notice = notices.store.getState().items.find((n) => n.id === 'text-backup-failed');
    expect(notice?.text).toBe("Your text messages couldn't be backed up. The phone will try again later.");
    clock.advance(HOUR_MS);
    await runScheduledBackups();
    expect(noticeIds()).not.toContain('text-backup-failed');
  });

  it('a photo upload that fails says so, and the notice goes once photos go up again', async () => {
    updatePhone((p) => ({ ...p, backup: { ...p.backup, photos: 'good' } }));
    server.use(http.post('*/api/onedrive/camera-roll', () => HttpResponse.error()));
    await runScheduledBackups();
    const notice = notices.store.getState().items.find((n) => n.id === 'photo-upload-failed');
    expect(notice?.text).toBe(
      "Your photos and videos couldn't be uploaded to OneDrive. The phone will try again later.",
    );
    server.resetHandlers();
    await runScheduledBackups();
    expect(noticeIds()).not.toContain('photo-upload-failed');
  });
});

describe('large text histories', () => {
  it(`go up ${MESSAGE_CHUNK} texts at a time, and what landed stays synced when a chunk fails`, async () => {
    await applyScenario('heavy-phone');
    await unsyncedTexts();
    const sizes: number[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method !== 'PUT' || !request.url.endsWith('/messages')) return;
      sizes.push(((await request.clone().json()) as { messages: unknown[] }).messages.length);
    });
    let puts = 0;
    server.use(
      http.put('*/api/devices/:deviceId/messages', () => {
        puts += 1;
        if (puts === 3)
          return HttpResponse.json({ error: { code: 'server-error', message: 'down' } }, { status: 500 });
      }),
    );
    await expect(syncMessages()).rejects.toMatchObject({ status: 500 });
    expect(activePhone().backup.syncedMessageIds).toHaveLength(2 * MESSAGE_CHUNK);
    server.resetHandlers();
    expect(await syncMessages()).toBe(10_000 - 2 * MESSAGE_CHUNK);
    expect(await cloudRead((index) => index.messageStores[0]!.count)).toBe(10_000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MESSAGE_CHUNK);
    expect(sizes.length).toBeGreaterThanOrEqual(10_000 / MESSAGE_CHUNK);
  });
});
