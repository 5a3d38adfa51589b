import type { Message, Thread } from '../../device/schema';
import { z } from '../../lib/zod';
import { cloudRequest, devicePath } from '../client';

const putAnswer = z.object({ count: z.number() });

/** `PUT /api/devices/:deviceId/messages`: the texts the cloud has not had yet (it merges by id). */
export const putMessages = (
  deviceId: string,
  body: { phoneName: string; model: string; threads: Thread[]; messages: Message[] },
) => cloudRequest(`${devicePath(deviceId)}/messages`, { method: 'PUT', body, schema: putAnswer });
