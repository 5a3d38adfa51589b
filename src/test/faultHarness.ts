/** What the fault tests share: the committed-cloud snapshot and the promise that a fault loses nothing. */
import { afterEach, beforeEach, expect } from 'vitest';
import { getBackup } from '../api/backups/getBackup';
import { setRequestTimeoutForTests } from '../api/client';
import { dumpCloud } from '../cloud/db';
import type { CloudIndex } from '../cloud/schema';
import { setNetwork, setPower } from '../device/environment';
import { activePhone, deviceStore } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { withCloudServer } from './cloud';

/**
 * The cloud as the user sees it: every key byte-for-byte, committed backups' parts included,
 * leaving out only the revision counter and an unfinished (staged, invisible) upload: its record
 * and the blobs it names, which the next backup discards. A committed part keeps the key it was
 * staged under, so the blobs left out are those an unfinished upload names, not every `staged:`.
 */
export async function committedCloud(): Promise<string> {
  const dump = await dumpCloud();
  const index = dump.index as CloudIndex;
  const unfinished = new Set(index.uploads.flatMap((u) => Object.values(u.parts).map((p) => p?.blob)));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(dump).sort()) {
    if (key === 'rev' || unfinished.has(key)) continue;
    out[key] = key === 'index' ? { ...index, uploads: [] } : dump[key];
  }
  return JSON.stringify(out);
}

/** The phones as they are, compared by value (a reload reads them back in the schema's key order). */
export const devices = (): unknown => structuredClone(deviceStore.getState());

/** Whatever the failure, the old backup must still be the committed one, readable whole. */
export async function expectFaultLeftEverything(before: { cloud: string; device: unknown; backup: unknown }) {
  expect(await committedCloud()).toBe(before.cloud);
  expect(devices()).toEqual(before.device);
  expect(await getBackup(activePhone().identity.deviceId)).toEqual(before.backup);
}

export async function snapshotAll() {
  return {
    cloud: await committedCloud(),
    device: devices(),
    backup: await getBackup(activePhone().identity.deviceId),
  };
}

export const partsPath = '*/api/devices/:deviceId/backup/uploads/:uploadId/parts/:n';

/** Every fault test starts from a used phone on Wi-Fi and power, with the cloud under msw/node. */
export function setUpFaultTests(): void {
  withCloudServer();
  beforeEach(async () => {
    await applyScenario('used-phone');
    setNetwork('wifi');
    setPower('plugged');
  });

  afterEach(() => {
    setRequestTimeoutForTests();
  });
}
