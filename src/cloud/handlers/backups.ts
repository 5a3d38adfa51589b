import { cloudNow } from '../surroundings';
import { cloudRead, cloudWrite } from '../db';
import { checkDeviceId, ownDevice } from '../devices';
import { CloudError, cloudErrors } from '../errors';
import { route } from '../guard';
import { partKindSchema, type BackupRecord } from '../schema';
import { backupSize, jsonSize, usedBytes } from '../oneDriveUse';
import { z } from '../../lib/zod';

const partKindsSchema = z.array(partKindSchema).check(z.minLength(1));

const MAX_PARTS = 16;
/** A part's JSON may be this large; app data is declared by size and only counts against the quota. */
const MAX_PART_BYTES = 200 * 1024 * 1024;
const MAX_DECLARED_BYTES = 1024 ** 4;

const beginBody = z.object({
  phoneName: z.string().check(z.maxLength(200)),
  model: z.string().check(z.maxLength(100)),
  partCount: z.int().check(z.gte(1), z.lte(MAX_PARTS)),
});
const partBody = z.object({
  kind: partKindSchema,
  payload: z.unknown(),
  /** Bytes the part stands for beyond its JSON (app data is declared, not carried). */
  declaredBytes: z.optional(z.int().check(z.gte(0), z.lte(MAX_DECLARED_BYTES))),
});

function backupSummary(b: BackupRecord, messages?: { count: number; sizeBytes: number }) {
  return {
    deviceId: b.deviceId,
    phoneName: b.phoneName,
    model: b.model,
    createdAt: b.createdAt,
    sizeBytes: backupSize(b),
    parts: {
      settings: b.parts.settings ? { sizeBytes: b.parts.settings.sizeBytes } : null,
      apps: b.parts.apps ? { sizeBytes: b.parts.apps.sizeBytes } : null,
    },
    messages: messages ?? null,
  };
}

const uploadPath = '/api/devices/:deviceId/backup/uploads/:uploadId';

export const backupHandlers = [
  route('get', '/api/backups', { fault: 'list-backups' }, ({ account }) =>
    cloudRead((index) =>
      index.backups
        .filter((b) => b.accountId === account.id)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((b) => {
          const m = index.messageStores.find((s) => s.deviceId === b.deviceId);
          return backupSummary(b, m && { count: m.count, sizeBytes: m.sizeBytes });
        }),
    ),
  ),

  route('get', '/api/devices/:deviceId/backup', { fault: 'download' }, async ({ account, params }) => {
    const deviceId = checkDeviceId(params.deviceId);
    return cloudRead(async (index, readBlob) => {
      ownDevice(index, account.id, deviceId);
      const b = index.backups.find((x) => x.deviceId === deviceId);
      if (!b) throw cloudErrors.noBackup();
      return {
        ...backupSummary(b),
        settings: b.parts.settings ? await readBlob(b.parts.settings.blob) : null,
        apps: b.parts.apps ? await readBlob(b.parts.apps.blob) : null,
      };
    });
  }),

  route(
    'post',
    '/api/devices/:deviceId/backup/uploads',
    { fault: 'upload' },
    async ({ account, params, body }) => {
      const deviceId = checkDeviceId(params.deviceId);
      const { phoneName, model, partCount } = await body(beginBody);
      return cloudWrite((tx) => {
        ownDevice(tx.index, account.id, deviceId, { phoneName, model });
        const id = `upl-${crypto.randomUUID()}`;
        // A new upload abandons an unfinished one of the same phone; its staged parts go too.
        for (const old of tx.index.uploads.filter((u) => u.deviceId === deviceId)) {
          Object.values(old.parts).forEach((p) => tx.deleteBlob(p.blob));
        }
        tx.index.uploads = [
          ...tx.index.uploads.filter((u) => u.deviceId !== deviceId),
          {
            id,
            deviceId,
            accountId: account.id,
            startedAt: cloudNow(),
            phoneName,
            model,
            partCount,
            parts: {},
          },
        ];
        return { uploadId: id };
      });
    },
  ),

  route('put', `${uploadPath}/parts/:n`, { fault: 'upload' }, async ({ account, params, body }) => {
    const deviceId = checkDeviceId(params.deviceId);
    const part = await body(partBody);
    const carried = jsonSize(part.payload);
    const sizeBytes = carried + (part.declaredBytes ?? 0);
    if (carried > MAX_PART_BYTES)
      throw new CloudError(413, 'too-large', 'That part of the backup is too large.');
    await cloudWrite((tx) => {
      ownDevice(tx.index, account.id, deviceId);
      const upload = tx.index.uploads.find((u) => u.id === params.uploadId && u.deviceId === deviceId);
      if (!upload) throw cloudErrors.uploadNotFound();
      const n = Number(params.n);
      if (!Number.isInteger(n) || n < 0 || n >= upload.partCount)
        throw cloudErrors.badRequest('That part number is not in this upload.');
      const blob = `staged:${upload.id}:${n}`;
      tx.putBlob(blob, part.payload);
      upload.parts[String(n)] = { kind: part.kind, blob, sizeBytes };
    });
    return null;
  }),

  route('post', `${uploadPath}/commit`, { fault: 'commit' }, async ({ account, params }) => {
    const deviceId = checkDeviceId(params.deviceId);
    return cloudWrite((tx) => {
      ownDevice(tx.index, account.id, deviceId);
      const upload = tx.index.uploads.find((u) => u.id === params.uploadId && u.deviceId === deviceId);
      if (!upload) throw cloudErrors.uploadNotFound();
      const parts = Object.values(upload.parts);
      if (parts.length !== upload.partCount)
        throw new CloudError(409, 'incomplete', 'Some parts of the backup are missing.');
      const settings = parts.find((p) => p.kind === 'settings') ?? null;
      const apps = parts.find((p) => p.kind === 'apps') ?? null;
      const newSize = parts.reduce((s, p) => s + p.sizeBytes, 0);
      const account_ = tx.index.accounts.find((a) => a.id === account.id)!;
      if (usedBytes(tx.index, account.id, { backupOf: deviceId }) + newSize > account_.quotaBytes) {
        throw cloudErrors.quotaFull();
      }
      const previous = tx.index.backups.find((b) => b.deviceId === deviceId);
      if (previous) {
        if (previous.parts.settings) tx.deleteBlob(previous.parts.settings.blob);
        if (previous.parts.apps) tx.deleteBlob(previous.parts.apps.blob);
      }
      const record: BackupRecord = {
        deviceId,
        accountId: account.id,
        phoneName: upload.phoneName,
        model: upload.model,
        createdAt: cloudNow(),
        parts: {
          settings: settings && { blob: settings.blob, sizeBytes: settings.sizeBytes },
          apps: apps && { blob: apps.blob, sizeBytes: apps.sizeBytes },
        },
      };
      tx.index.backups = [...tx.index.backups.filter((b) => b.deviceId !== deviceId), record];
      tx.index.uploads = tx.index.uploads.filter((u) => u.id !== upload.id);
      return backupSummary(record);
    });
  }),

  route('delete', '/api/devices/:deviceId/backup', { fault: 'delete' }, async ({ account, params, url }) => {
    const deviceId = checkDeviceId(params.deviceId);
    const requested = (url.searchParams.get('parts') ?? 'settings,apps').split(',').map((p) => p.trim());
    const parsed = partKindsSchema.safeParse(requested);
    if (!parsed.success) throw cloudErrors.badRequest('parts must be settings, apps or both.');
    await cloudWrite((tx) => {
      ownDevice(tx.index, account.id, deviceId);
      const b = tx.index.backups.find((x) => x.deviceId === deviceId);
      if (!b) throw cloudErrors.noBackup();
      for (const kind of parsed.data) {
        const part = b.parts[kind];
        if (part) tx.deleteBlob(part.blob);
        b.parts[kind] = null;
      }
      // App data cannot be restored without the settings that list the apps.
      if (!b.parts.settings && b.parts.apps) {
        tx.deleteBlob(b.parts.apps.blob);
        b.parts.apps = null;
      }
      if (!b.parts.settings && !b.parts.apps) tx.index.backups = tx.index.backups.filter((x) => x !== b);
    });
    return null;
  }),
];
