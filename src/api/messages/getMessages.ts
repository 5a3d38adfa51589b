import { cloudRequest, devicePath } from '../client';
import { messageHistorySchema } from '../schemas';

/** `GET /api/devices/:deviceId/messages?since=`: a device's text history from `since` on. */
export const getMessages = (deviceId: string, since: number) =>
  cloudRequest(`${devicePath(deviceId)}/messages?since=${since}`, { schema: messageHistorySchema });
