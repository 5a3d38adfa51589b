import { cloudNow } from '../surroundings';
import { cloudRead, cloudWrite } from '../db';
import { checkDeviceId, ownDevice } from '../devices';
import { cloudErrors } from '../errors';
import { route } from '../guard';
import { usedBytes } from '../oneDriveUse';
import { MAX_BYTES, timeMs } from '../../lib/bounds';
import { z } from '../../lib/zod';

const cameraRollBody = z.object({
  deviceId: z.string(),
  /** Lets a phone that has not backed up or synced texts yet register itself, as those calls do. */
  phoneName: z.optional(z.string().check(z.maxLength(200))),
  model: z.optional(z.string().check(z.maxLength(100))),
  items: z
    .array(
      z.object({
        id: z.string().check(z.maxLength(100)),
        kind: z.enum(['photo', 'video']),
        // Nothing is uploaded without a size: an item of 0 bytes would cost OneDrive nothing to keep.
        sizeBytes: z.int().check(z.gt(0), z.lte(MAX_BYTES)),
        takenAt: timeMs(),
      }),
    )
    .check(z.maxLength(1000)),
});

export const storageHandlers = [
  route('get', '/api/me/storage', { fault: 'storage' }, ({ account }) =>
    cloudRead((index) => ({
      usedBytes: usedBytes(index, account.id, cloudNow()),
      quotaBytes: account.quotaBytes,
    })),
  ),

  /** Uploads to OneDrive's camera roll; stops at the first item that does not fit. */
  route('post', '/api/onedrive/camera-roll', { fault: 'upload' }, async ({ account, body }) => {
    const { deviceId, items, phoneName, model } = await body(cameraRollBody);
    checkDeviceId(deviceId);
    return cloudWrite((tx) => {
      ownDevice(
        tx.index,
        account.id,
        deviceId,
        phoneName !== undefined && model !== undefined ? { phoneName, model } : undefined,
      );
      const quota = tx.index.accounts.find((a) => a.id === account.id)!.quotaBytes;
      let used = usedBytes(tx.index, account.id, cloudNow());
      const uploaded: string[] = [];
      for (const item of items) {
        // Items are known by their phone: two phones may both have an IMG_0001.
        const known = (p: { id: string; accountId: string; deviceId: string }) =>
          p.id === item.id && p.accountId === account.id && p.deviceId === deviceId;
        if (tx.index.cameraRoll.some(known)) {
          uploaded.push(item.id);
          continue;
        }
        if (used + item.sizeBytes > quota) {
          if (uploaded.length === 0) throw cloudErrors.quotaFull();
          break;
        }
        used += item.sizeBytes;
        tx.index.cameraRoll.push({ ...item, accountId: account.id, deviceId, uploadedAt: cloudNow() });
        uploaded.push(item.id);
      }
      return { uploaded };
    });
  }),
];
