import { cloudRequest } from '../client';
import { backupDetailSchema, backupListSchema, backupSummarySchema, uploadSchema } from '../schemas';

const device = (id: string) => `/api/devices/${encodeURIComponent(id)}`;

export const listBackups = () => cloudRequest('/api/backups', { schema: backupListSchema });

export const getBackup = (deviceId: string) =>
  cloudRequest(`${device(deviceId)}/backup`, { schema: backupDetailSchema });

export const beginUpload = (
  deviceId: string,
  body: { phoneName: string; model: string; partCount: number },
) => cloudRequest(`${device(deviceId)}/backup/uploads`, { method: 'POST', body, schema: uploadSchema });

export const uploadPart = (
  deviceId: string,
  uploadId: string,
  n: number,
  body: { kind: 'settings' | 'apps'; payload: unknown; declaredBytes?: number },
) =>
  cloudRequest(`${device(deviceId)}/backup/uploads/${encodeURIComponent(uploadId)}/parts/${n}`, {
    method: 'PUT',
    body,
  });

export const commitUpload = (deviceId: string, uploadId: string) =>
  cloudRequest(`${device(deviceId)}/backup/uploads/${encodeURIComponent(uploadId)}/commit`, {
    method: 'POST',
    schema: backupSummarySchema,
  });

export const deleteBackup = (deviceId: string, parts: ('settings' | 'apps')[]) =>
  cloudRequest(`${device(deviceId)}/backup?parts=${parts.join(',')}`, { method: 'DELETE' });
