import { describe, expect, it } from 'vitest';
import { dumpCloud } from '../cloud/db';
import { deviceStore, activePhone } from '../device/store';
import { withCloudServer } from '../test/cloud';
import { exportState, importState, EXPORT_VERSION } from './exportState';
import { applyScenario } from './scenarios/apply';

withCloudServer();

describe('export and import', () => {
  it('round-trips the phones, the surroundings and the cloud', async () => {
    await applyScenario('two-phones');
    const json = await exportState({ includeSecrets: true });
    const phonesBefore = deviceStore.getState();
    const cloudBefore = await dumpCloud();
    await applyScenario('new-phone');
    await importState(json);
    expect(deviceStore.getState()).toEqual(phonesBefore);
    const cloudAfter = await dumpCloud();
    const { rev: _a, ...restAfter } = cloudAfter;
    const { rev: _b, ...restBefore } = cloudBefore;
    expect(restAfter).toEqual(restBefore);
  });

  it.each([
    ['', /empty/],
    ['not json at all', /not JSON/],
    ['{"hello":"world"}', /not an emulator state/],
    [JSON.stringify({ format: 'wp81-backup-emulator-state', version: EXPORT_VERSION + 1 }), /newer version/],
    [
      JSON.stringify({ format: 'wp81-backup-emulator-state', version: EXPORT_VERSION, phones: {} }),
      /not a valid emulator state/,
    ],
  ])('refuses %j with a clear message and changes nothing', async (json, message) => {
    await applyScenario('used-phone');
    const before = structuredClone(deviceStore.getState());
    const cloudBefore = await dumpCloud();
    await expect(importState(json)).rejects.toThrow(message);
    expect(deviceStore.getState()).toEqual(before);
    expect(await dumpCloud()).toEqual(cloudBefore);
    expect(activePhone().setup.complete).toBe(true);
  });

  it('refuses a file over the size limit', async () => {
    await expect(importState(' '.repeat(100 * 1024 * 1024 + 1))).rejects.toThrow(/too large/);
  });
});
