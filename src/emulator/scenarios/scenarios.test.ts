import { get } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { runScheduledBackups } from '../../backup/autoBackup';
import { CLOUD_DB, cloudRead, dumpCloud } from '../../cloud/db';
import { activePhone, DEVICE_DB, DEVICE_KEY } from '../../device/store';
import { writesSettled, idbStore } from '../../lib/persistStorage';
import { partKey } from '../../lib/splitState';
import { withCloudServer } from '../../test/cloud';
import { applyScenario } from './apply';
import { SCENARIO_EPOCH } from './build';
import { scenarioNames } from './names';

withCloudServer();

describe('scenarios', () => {
  it.each(['used-phone', 'almost-full', 'flaky-network', 'heavy-phone'] as const)(
    '%s starts in step with its cloud: its texts are already backed up, nothing is sent on load',
    async (name) => {
      await applyScenario(name);
      const phone = activePhone();
      expect(phone.backup.lastMessageSyncAt).toBe(SCENARIO_EPOCH);
      expect(phone.backup.syncedMessageIds).toHaveLength(phone.messages.length);
      const stored = await cloudRead((i) =>
        i.messageStores.find((m) => m.deviceId === phone.identity.deviceId),
      );
      expect(stored?.count).toBe(phone.messages.length);
      // The cloud holds the phone's history, weighed as the handlers weigh it.
      const history = { threads: phone.threads, messages: phone.messages };
      expect(await cloudRead((_, readBlob) => readBlob(stored!.blob))).toEqual(history);
      expect(stored?.sizeBytes).toBe(new TextEncoder().encode(JSON.stringify(history)).length);
      const before = JSON.stringify(await dumpCloud());
      await runScheduledBackups();
      expect(JSON.stringify(await dumpCloud())).toBe(before);
    },
  );

  it("stores the heavy phone's texts and calls, in the phone and the cloud", async () => {
    await applyScenario('heavy-phone');
    await writesSettled();
    const id = activePhone().identity.deviceId;
    const part = (list: string) => get(partKey(DEVICE_KEY, `${id}/${list}`), idbStore(DEVICE_DB));
    expect(await part('messages')).toHaveLength(10_000);
    expect(await part('calls')).toHaveLength(2000);
    const history = await get(`messages:${id}`, idbStore(CLOUD_DB));
    expect(history.messages).toHaveLength(10_000);
  });

  it('every scenario builds and applies', async () => {
    for (const name of scenarioNames) await applyScenario(name);
    expect(activePhone()).toBeDefined();
  });
});
