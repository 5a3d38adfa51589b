import { z } from '../../lib/zod';
import { cloudRequest } from '../client';

const uploadAnswer = z.object({ uploaded: z.array(z.string()) });

/** `POST /api/onedrive/camera-roll`: photos and videos up to OneDrive; the cloud says which fit. */
export const uploadToCameraRoll = (
  deviceId: string,
  items: { id: string; kind: 'photo' | 'video'; sizeBytes: number; takenAt: number }[],
  phone?: { phoneName: string; model: string },
) =>
  cloudRequest('/api/onedrive/camera-roll', {
    method: 'POST',
    body: { deviceId, items, ...phone },
    schema: uploadAnswer,
  });
