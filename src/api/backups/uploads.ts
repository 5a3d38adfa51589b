import { cloudRequest, devicePath } from '../client';
import { backupSummarySchema, uploadSchema } from '../schemas';

/*
 * A backup's upload: begun, its parts staged one by one, then committed in one step. The three
 * endpoints exist only together, so they live together.
 */

/** `POST /api/devices/:deviceId/backup/uploads` */
export const beginUpload = (
  deviceId: string,
  body: { phoneName: string; model: string; partCount: number },
) => cloudRequest(`${devicePath(deviceId)}/backup/uploads`, { method: 'POST', body, schema: uploadSchema });

const uploadPath = (deviceId: string, uploadId: string) =>
  `${devicePath(deviceId)}/backup/uploads/${encodeURIComponent(uploadId)}`;

/** `PUT …/uploads/:uploadId/parts/:n` */
export const uploadPart = (
  deviceId: string,
  uploadId: string,
  n: number,
  body: { kind: 'settings' | 'apps'; payload: unknown; declaredBytes?: number },
) => cloudRequest(`${uploadPath(deviceId, uploadId)}/parts/${n}`, { method: 'PUT', body });

/** `POST …/uploads/:uploadId/commit`: the new backup replaces the previous one, whole. */
export const commitUpload = (deviceId: string, uploadId: string) =>
  cloudRequest(`${uploadPath(deviceId, uploadId)}/commit`, { method: 'POST', schema: backupSummarySchema });
