import { cloudNow } from '../surroundings';
import { cloudRead, cloudWrite } from '../db';
import { checkDeviceId, ownDevice } from '../devices';
import { CloudError, cloudErrors } from '../errors';
import { route } from '../guard';
import { partKindSchema, type BackupRecord, type CloudIndex } from '../schema';
import { backupSize, jsonSize, usedBytes } from '../oneDriveUse';
import { payloadSchemas } from '../backupPayloads';
import { dropExpiredUploads, dropParts, findUpload } from '../uploads';
import { z } from '../../lib/zod';

const partKindsSchema = z.array(partKindSchema).check(z.minLength(1));

/** A backup has a settings part and, with app backup on, an app part: no more. */
const MAX_PARTS = 2;
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

const backupOf = (index: CloudIndex, accountId: string, deviceId: string) =>
  index.backups.find((b) => b.deviceId === deviceId && b.accountId === accountId);

const quotaOf = (index: CloudIndex, accountId: string) =>
  index.accounts.find((a) => a.id === accountId)?.quotaBytes ?? 0;

const uploadPath = '/api/devices/:deviceId/backup/uploads/:uploadId';

export const backupHandlers = [
  route('get', '/api/backups', { fault: 'list-backups' }, ({ account }) =>
    cloudRead((index) =>
      index.backups
        .filter((b) => b.accountId === account.id)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((b) => {
          const m = index.messageStores.find((s) => s.deviceId === b.deviceId && s.accountId === account.id);
          return backupSummary(b, m && { count: m.count, sizeBytes: m.sizeBytes });
        }),
    ),
  ),

  route('get', '/api/devices/:deviceId/backup', { fault: 'download' }, async ({ account, params }) => {
    const deviceId = checkDeviceId(params.deviceId);
    return cloudRead(async (index, readBlob) => {
      ownDevice(index, account.id, deviceId);
      const b = backupOf(index, account.id, deviceId);
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
        const now = cloudNow();
        dropExpiredUploads(tx, now);
        ownDevice(tx.index, account.id, deviceId, { phoneName, model });
        const id = `upl-${crypto.randomUUID()}`;
        // A new upload abandons an unfinished one of the same phone; its staged parts go too.
        const mine = (u: { deviceId: string; accountId: string }) =>
          u.deviceId === deviceId && u.accountId === account.id;
        tx.index.uploads.filter(mine).forEach((old) => dropParts(tx, old));
        tx.index.uploads = [
          ...tx.index.uploads.filter((u) => !mine(u)),
          { id, deviceId, accountId: account.id, startedAt: now, phoneName, model, partCount, parts: {} },
        ];
        return { uploadId: id };
      });
    },
  ),

  route('put', `${uploadPath}/parts/:n`, { fault: 'upload' }, async ({ account, params, body }) => {
    const deviceId = checkDeviceId(params.deviceId);
    const part = await body(partBody);
    if (!payloadSchemas[part.kind].safeParse(part.payload).success)
      throw cloudErrors.badRequest(`That part is not the ${part.kind} of a backup.`);
    const carried = jsonSize(part.payload);
    const sizeBytes = carried + (part.declaredBytes ?? 0);
    if (carried > MAX_PART_BYTES)
      throw new CloudError(413, 'too-large', 'That part of the backup is too large.');
    await cloudWrite((tx) => {
      const now = cloudNow();
      dropExpiredUploads(tx, now);
      ownDevice(tx.index, account.id, deviceId);
      const upload = findUpload(tx.index, account.id, deviceId, params.uploadId);
      if (!upload) throw cloudErrors.uploadNotFound();
      const n = params.n;
      if ((n !== '0' && n !== '1') || Number(n) >= upload.partCount)
        throw cloudErrors.badRequest('That part number is not in this upload.');
      const other = upload.parts[n === '0' ? '1' : '0'];
      if (other?.kind === part.kind)
        throw new CloudError(409, 'duplicate-part', `This backup already has its ${part.kind} part.`);
      // Staged bytes count against the quota from the moment they arrive.
      const used = usedBytes(tx.index, account.id, now) - (upload.parts[n]?.sizeBytes ?? 0);
      if (used + sizeBytes > quotaOf(tx.index, account.id)) throw cloudErrors.quotaFull();
      const blob = `staged:${upload.id}:${n}`;
      tx.putBlob(blob, part.payload);
      upload.parts[n] = { kind: part.kind, blob, sizeBytes };
    });
    return null;
  }),

  route('post', `${uploadPath}/commit`, { fault: 'commit' }, async ({ account, params }) => {
    const deviceId = checkDeviceId(params.deviceId);
    return cloudWrite((tx) => {
      const now = cloudNow();
      dropExpiredUploads(tx, now);
      ownDevice(tx.index, account.id, deviceId);
      const previous = backupOf(tx.index, account.id, deviceId);
      const upload = findUpload(tx.index, account.id, deviceId, params.uploadId);
      if (!upload) {
        // Asked again (the first answer was lost): the backup it made, unchanged.
        if (previous && previous.uploadId === params.uploadId) return backupSummary(previous);
        throw cloudErrors.uploadNotFound();
      }
      const parts = Object.values(upload.parts).filter((p) => p !== undefined);
      if (parts.length !== upload.partCount)
        throw new CloudError(409, 'incomplete', 'Some parts of the backup are missing.');
      const settings = parts.find((p) => p.kind === 'settings') ?? null;
      const apps = parts.find((p) => p.kind === 'apps') ?? null;
      if (!settings) throw new CloudError(409, 'incomplete', 'A backup needs its settings part.');
      const newSize = parts.reduce((s, p) => s + p.sizeBytes, 0);
      const others = usedBytes(tx.index, account.id, now, { backupOf: deviceId, upload: upload.id });
      if (others + newSize > quotaOf(tx.index, account.id)) throw cloudErrors.quotaFull();
      if (previous) {
        if (previous.parts.settings) tx.deleteBlob(previous.parts.settings.blob);
        if (previous.parts.apps) tx.deleteBlob(previous.parts.apps.blob);
      }
      const record: BackupRecord = {
        deviceId,
        accountId: account.id,
        phoneName: upload.phoneName,
        model: upload.model,
        createdAt: now,
        uploadId: upload.id,
        parts: {
          settings: { blob: settings.blob, sizeBytes: settings.sizeBytes },
          apps: apps && { blob: apps.blob, sizeBytes: apps.sizeBytes },
        },
      };
      tx.index.backups = [...tx.index.backups.filter((b) => b !== previous), record];
      tx.index.uploads = tx.index.uploads.filter((u) => u.id !== upload.id);
      return backupSummary(record);
    });
  }),

  /**
   * After a commit whose answer never came: the phone asks what became of its upload. Still open,
   * it is abandoned here, so that a late commit finds nothing to commit; committed, the answer is
   * the backup it made. Either way the phone and the cloud then agree.
   */
  route('delete', uploadPath, { fault: 'commit' }, async ({ account, params }) => {
    const deviceId = checkDeviceId(params.deviceId);
    return cloudWrite((tx) => {
      ownDevice(tx.index, account.id, deviceId);
      const upload = findUpload(tx.index, account.id, deviceId, params.uploadId);
      if (upload) {
        dropParts(tx, upload);
        tx.index.uploads = tx.index.uploads.filter((u) => u !== upload);
        return { committed: null };
      }
      const b = backupOf(tx.index, account.id, deviceId);
      return { committed: b && b.uploadId === params.uploadId ? backupSummary(b) : null };
    });
  }),

  route('delete', '/api/devices/:deviceId/backup', { fault: 'delete' }, async ({ account, params, url }) => {
    const deviceId = checkDeviceId(params.deviceId);
    const requested = (url.searchParams.get('parts') ?? 'settings,apps').split(',').map((p) => p.trim());
    const parsed = partKindsSchema.safeParse(requested);
    if (!parsed.success) throw cloudErrors.badRequest('parts must be settings, apps or both.');
    await cloudWrite((tx) => {
      ownDevice(tx.index, account.id, deviceId);
      const b = backupOf(tx.index, account.id, deviceId);
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
