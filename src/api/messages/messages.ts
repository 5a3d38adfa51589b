import { z } from 'zod';
import type { Message, Thread } from '../../device/schema';
import { cloudRequest } from '../client';
import { messageHistorySchema } from '../schemas';

const device = (id: string) => `/api/devices/${encodeURIComponent(id)}`;

export const putMessages = (
  deviceId: string,
  body: { phoneName: string; model: string; threads: Thread[]; messages: Message[] },
) =>
  cloudRequest(`${device(deviceId)}/messages`, {
    method: 'PUT',
    body,
    schema: z.object({ count: z.number() }),
  });

export const getMessages = (deviceId: string, since: number) =>
  cloudRequest(`${device(deviceId)}/messages?since=${since}`, { schema: messageHistorySchema });

export const uploadToCameraRoll = (
  deviceId: string,
  items: { id: string; kind: 'photo' | 'video'; sizeBytes: number; takenAt: number }[],
  phone?: { phoneName: string; model: string },
) =>
  cloudRequest('/api/onedrive/camera-roll', {
    method: 'POST',
    body: { deviceId, items, ...phone },
    schema: z.object({ uploaded: z.array(z.string()) }),
  });
