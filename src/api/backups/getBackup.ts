import { cloudRequest, devicePath } from '../client';
import { backupDetailSchema } from '../schemas';

/** `GET /api/devices/:deviceId/backup`: one device's backup with its parts (what a restore reads). */
export const getBackup = (deviceId: string) =>
  cloudRequest(`${devicePath(deviceId)}/backup`, { schema: backupDetailSchema });
