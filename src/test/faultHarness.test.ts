import { describe, expect, it } from 'vitest';
import { backUpNow } from '../backup/backupNow';
import { beginUpload, uploadPart } from '../api/backups/uploads';
import { backupParts } from '../backup/snapshot';
import { cloudRead, cloudWrite } from '../cloud/db';
import { activePhone } from '../device/store';
import { committedCloud, setUpFaultTests } from './faultHarness';

setUpFaultTests();

/** The harness is itself a claim (docs/reliability.md): it must see a change to a committed backup. */
describe('the fault harness', () => {
  it("compares a committed backup's content byte for byte", async () => {
    await backUpNow();
    const before = await committedCloud();
    const blob = await cloudRead((index) => index.backups[0]!.parts.settings!.blob);
    await cloudWrite(async (tx) => {
      const settings = await tx.readBlob<{ accent: string }>(blob);
      tx.putBlob(blob, { ...settings, accent: 'red' });
    });
    expect(await committedCloud()).not.toBe(before);
  });

  it('leaves out only an unfinished upload', async () => {
    await backUpNow();
    const before = await committedCloud();
    const phone = activePhone();
    const parts = backupParts(phone);
    const { uploadId } = await beginUpload(phone.identity.deviceId, {
      phoneName: phone.identity.phoneName,
      model: phone.identity.model,
      partCount: parts.length,
    });
    await uploadPart(phone.identity.deviceId, uploadId, 0, parts[0]!);
    expect(await committedCloud()).toBe(before);
  });
});
