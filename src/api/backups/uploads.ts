import { cloudRequest, devicePath } from '../client';
import { backupSummarySchema, uploadSchema } from '../schemas';
import { z } from '../../lib/zod';

/*
 * A backup's upload: begun, its parts staged one by one, then committed in one step (or, when
 * the commit's answer never came, asked about). The endpoints exist only together, so they live
 * together.
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

const outcomeSchema = z.object({ committed: z.nullable(backupSummarySchema) });

/**
 * `DELETE …/uploads/:uploadId`: what became of an upload whose commit got no answer. The cloud
 * abandons it if it is still open (a late commit then finds nothing), or answers the backup it
 * was committed as.
 */
export const abandonUpload = (deviceId: string, uploadId: string) =>
  cloudRequest(uploadPath(deviceId, uploadId), { method: 'DELETE', schema: outcomeSchema });
