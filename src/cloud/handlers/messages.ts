import { cloudNow } from '../surroundings';
import { cloudRead, cloudWrite } from '../db';
import { checkDeviceId, ownDevice } from '../devices';
import { cloudErrors } from '../errors';
import { route } from '../guard';
import { cloudMessageSchema, cloudThreadSchema, type CloudMessage, type CloudThread } from '../schema';
import { jsonSize, usedBytes } from '../oneDriveUse';
import { z } from '../../lib/zod';

interface MessageStore {
  threads: CloudThread[];
  messages: CloudMessage[];
}

const putBody = z.object({
  phoneName: z.string().check(z.maxLength(200)),
  model: z.string().check(z.maxLength(100)),
  threads: z.array(cloudThreadSchema).check(z.maxLength(20_000)),
  messages: z.array(cloudMessageSchema).check(z.maxLength(50_000)),
});

export const messageHandlers = [
  /** Incremental: the phone sends what is new; the cloud merges by id. */
  route('put', '/api/devices/:deviceId/messages', { fault: 'upload' }, async ({ account, params, body }) => {
    const deviceId = checkDeviceId(params.deviceId);
    const { phoneName, model, threads, messages } = await body(putBody);
    return cloudWrite(async (tx) => {
      ownDevice(tx.index, account.id, deviceId, { phoneName, model });
      const mine = (m: { deviceId: string; accountId: string }) =>
        m.deviceId === deviceId && m.accountId === account.id;
      const ref = tx.index.messageStores.find(mine);
      // Each account keeps its own history of a phone (a phone can change accounts after a reset).
      const blob = ref?.blob ?? `messages:${account.id}:${deviceId}`;
      const current = (ref && (await tx.readBlob<MessageStore>(ref.blob))) ?? { threads: [], messages: [] };
      const threadIds = new Set(current.threads.map((t) => t.id));
      const messageIds = new Set(current.messages.map((m) => m.id));
      const merged: MessageStore = {
        threads: [...current.threads, ...threads.filter((t) => !threadIds.has(t.id))],
        messages: [...current.messages, ...messages.filter((m) => !messageIds.has(m.id))],
      };
      const sizeBytes = jsonSize(merged);
      const account_ = tx.index.accounts.find((a) => a.id === account.id)!;
      const others = usedBytes(tx.index, account.id, cloudNow()) - (ref?.sizeBytes ?? 0);
      if (others + sizeBytes > account_.quotaBytes) throw cloudErrors.quotaFull();
      tx.putBlob(blob, merged);
      tx.index.messageStores = [
        ...tx.index.messageStores.filter((m) => !mine(m)),
        { accountId: account.id, deviceId, blob, sizeBytes, count: merged.messages.length },
      ];
      return { count: merged.messages.length };
    });
  }),

  route('get', '/api/devices/:deviceId/messages', { fault: 'download' }, async ({ account, params, url }) => {
    const deviceId = checkDeviceId(params.deviceId);
    const since = Number(url.searchParams.get('since') ?? 0);
    if (!Number.isFinite(since)) throw cloudErrors.badRequest('since must be a time in milliseconds.');
    return cloudRead(async (index, readBlob) => {
      ownDevice(index, account.id, deviceId);
      const ref = index.messageStores.find((m) => m.deviceId === deviceId && m.accountId === account.id);
      const store = (ref && (await readBlob<MessageStore>(ref.blob))) ?? { threads: [], messages: [] };
      const messages = store.messages.filter((m) => m.at >= since);
      const used = new Set(messages.map((m) => m.threadId));
      return { threads: store.threads.filter((t) => used.has(t.id)), messages };
    });
  }),
];
