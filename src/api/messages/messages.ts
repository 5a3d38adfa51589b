import type { Message, Thread } from '../../device/schema';
import { lazySchema } from '../../lib/lazySchema';
import { cloudRequest } from '../client';
import { messageHistorySchema } from '../schemas';

const putAnswer = lazySchema((z) => z.object({ count: z.number() }));
const uploadAnswer = lazySchema((z) => z.object({ uploaded: z.array(z.string()) }));

const device = (id: string) => `/api/devices/${encodeURIComponent(id)}`;

export const putMessages = (
  deviceId: string,
  body: { phoneName: string; model: string; threads: Thread[]; messages: Message[] },
) =>
  cloudRequest(`${device(deviceId)}/messages`, {
    method: 'PUT',
    body,
    schema: putAnswer,
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
    schema: uploadAnswer,
  });
