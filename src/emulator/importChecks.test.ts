/**
 * Issue #18, findings 5 and 6: a crafted state file is refused before it changes anything. Records
 * are found by their own keys only, every number is bounded, and every blob a cloud record names
 * exists, has the shape of its kind and passes its schema.
 */
import { set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { backUpNow } from '../backup/backupNow';
import { dumpCloud } from '../cloud/db';
import { setNetwork, setPower } from '../device/environment';
import { activePhone, deviceStore, DEVICE_DB, DEVICE_KEY, updatePhone } from '../device/store';
import { idbStore } from '../lib/persistStorage';
import { notices } from '../lib/notices';
import { withCloudServer } from '../test/cloud';
import { simulateReload } from '../test/reload';
import { exportState, importState } from './exportState';
import { applyScenario } from './scenarios/apply';

withCloudServer();

type State = {
  phones: { activePhoneId: string; phones: Record<string, Record<string, unknown>> };
  environment: { clock: { anchorEmu: number; anchorReal: number } };
  cloud: Record<string, unknown> & {
    index: {
      devices: unknown[];
      backups: { parts: { settings: { blob: string } | null; apps: { blob: string } | null } }[];
      messageStores: { blob: string }[];
    };
  };
};

let exported: string;
beforeEach(async () => {
  await applyScenario('two-phones');
  setNetwork('wifi');
  setPower('plugged');
  exported = await exportState({ includeSecrets: true });
});

/** Imports a changed copy of the exported state; it must be refused with `message` and change nothing. */
async function expectRefused(change: (s: State) => void, message: RegExp) {
  const state = JSON.parse(exported) as State;
  change(state);
  const phones = structuredClone(deviceStore.getState());
  const cloud = await dumpCloud();
  await expect(importState(JSON.stringify(state))).rejects.toThrow(message);
  expect(deviceStore.getState()).toEqual(phones);
  expect(await dumpCloud()).toEqual(cloud);
}

describe('finding 5: records by their own keys, numbers within bounds', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'refuses %j as the active phone',
    async (id) => {
      await expectRefused((s) => void (s.phones.activePhoneId = id), /active phone isn't among its phones/);
    },
  );

  it('refuses a phone filed under another id than its own', async () => {
    await expectRefused((s) => {
      const [id, phone] = Object.entries(s.phones.phones)[0]!;
      delete s.phones.phones[id];
      s.phones.phones['someone-else'] = phone;
    }, /not a valid emulator state: one of its phones is filed under an id that is not its own/);
  });

  it.each([8.64e15 + 1, 1e300, -1])('refuses a clock at %d', async (at) => {
    await expectRefused((s) => void (s.environment.clock.anchorEmu = at), /environment\.clock\.anchorEmu/);
  });

  it('refuses a size no phone has', async () => {
    await expectRefused((s) => {
      const phone = Object.values(s.phones.phones)[0] as { storage: { phoneCapacityBytes: number } };
      phone.storage.phoneCapacityBytes = 1e300;
    }, /phoneCapacityBytes/);
  });

  it('a saved phone list naming an inherited key starts fresh instead of breaking every screen', async () => {
    const state = JSON.parse(exported) as State;
    await set(
      DEVICE_KEY,
      { state: { ...state.phones, activePhoneId: 'constructor' }, version: 1 },
      idbStore(DEVICE_DB),
    );
    notices.store.setState({ items: [] });
    await simulateReload();
    expect(() => activePhone()).not.toThrow();
    expect(activePhone().identity.deviceId).toMatch(/^dev-/);
    expect(notices.store.getState().items.map((n) => n.id)).toContain('device-unreadable');
  });

  it('an inherited key is never taken for a phone', () => {
    expect(() => updatePhone((p) => p, 'constructor')).toThrow('No phone constructor');
  });
});

describe('finding 6: every blob a cloud record names exists and is of its kind', () => {
  it.each(['index', 'rev', 'index:unreadable'])('refuses a backup part stored under %j', async (key) => {
    await expectRefused((s) => {
      s.cloud.index.backups[0]!.parts.settings!.blob = key;
    }, /cloud is not valid: .*names "index|cloud is not valid: .*names "rev|cloud is not valid: .*names "index:unreadable/);
  });

  it('refuses a message history stored under the index', async () => {
    await expectRefused((s) => void (s.cloud.index.messageStores[0]!.blob = 'index'), /cloud is not valid/);
  });

  it('refuses a backup part whose blob is missing', async () => {
    await expectRefused((s) => {
      delete s.cloud[s.cloud.index.backups[0]!.parts.settings!.blob];
    }, /cloud is not valid: .*missing/);
  });

  it('refuses two records sharing one blob', async () => {
    await expectRefused((s) => {
      const b = s.cloud.index.backups[0]!;
      b.parts.apps = { ...b.parts.settings! };
    }, /cloud is not valid/);
  });

  it('refuses a backup part that is not a snapshot of its kind', async () => {
    await expectRefused((s) => {
      s.cloud[s.cloud.index.backups[0]!.parts.settings!.blob] = { version: 1, theme: 'plaid' };
    }, /cloud is not valid/);
  });

  it('refuses lists beyond their bounds', async () => {
    await expectRefused((s) => {
      s.cloud.index.devices = Array.from({ length: 10_001 }, (_, i) => ({
        id: `dev-${i}`,
        accountId: 'acc-demo',
        model: 'Lumia 930',
        phoneName: 'x',
        registeredAt: 0,
      }));
    }, /cloud is not valid/);
  });

  it('refuses password resets that are not resets, and keeps readable ones', async () => {
    await expectRefused((s) => {
      s.cloud['password-resets'] = { resets: [{ id: 'rst-1', createdAt: -1 }], decoys: [] };
    }, /cloud is not valid/);
    const state = JSON.parse(exported) as State;
    const resets = {
      resets: [
        {
          id: 'rst-1',
          accountId: 'acc-demo',
          addressKey: 'k',
          createdAt: 0,
          codeHash: null,
          codeSentAt: null,
          verifiedAt: null,
        },
      ],
      decoys: [],
    };
    state.cloud['password-resets'] = resets;
    await importState(JSON.stringify(state));
    expect((await dumpCloud())['password-resets']).toEqual(resets);
  });

  it('after a refused file, the next backup leaves the cloud whole', async () => {
    await expectRefused((s) => {
      s.cloud.index.backups[0]!.parts.settings!.blob = 'index';
    }, /cloud is not valid/);
    // The new phone of two-phones is not set up: back up the old one, as the crafted file aimed.
    deviceStore.setState({ activePhoneId: 'dev-lumia920-0001' });
    await backUpNow();
    const index = (await dumpCloud()).index as { accounts: unknown[] } | undefined;
    expect(index?.accounts).toHaveLength(1);
  });
});
