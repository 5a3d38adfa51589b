import { cloudNow } from '../surroundings';
import { cloudRead, cloudWrite } from '../db';
import { checkDeviceId, ownDevice } from '../devices';
import { cloudErrors } from '../errors';
import { route } from '../guard';
import { usedBytes } from '../oneDriveUse';
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
        sizeBytes: z.int().check(z.gte(0)),
        takenAt: z.number(),
      }),
    )
    .check(z.maxLength(1000)),
});

export const storageHandlers = [
  route('get', '/api/me/storage', { fault: 'storage' }, ({ account }) =>
    cloudRead((index) => ({ usedBytes: usedBytes(index, account.id), quotaBytes: account.quotaBytes })),
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
      let used = usedBytes(tx.index, account.id);
      const uploaded: string[] = [];
      for (const item of items) {
        if (tx.index.cameraRoll.some((p) => p.id === item.id && p.accountId === account.id)) {
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
