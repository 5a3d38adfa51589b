/** The simulated cloud's persisted index. Large payloads live in separate blobs (see db.ts). */
const CLOUD_SCHEMA_VERSION = 1;
import { z } from '../lib/zod';

const contactSchema = z.object({ method: z.enum(['text', 'call', 'email']), to: z.string() });
export type Contact = z.infer<typeof contactSchema>;

const cloudAccountSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  /** PBKDF2-SHA256 of the password with `passwordSalt`; the password itself is never stored. */
  passwordHash: z.string(),
  passwordSalt: z.string(),
  /** Salt the phone uses to derive the key that encrypts account passwords in backups. */
  keySalt: z.string(),
  contacts: z.array(contactSchema),
  quotaBytes: z.number(),
  /** Bytes of OneDrive used by other files than backups and the camera roll. */
  otherBytes: z.number(),
  failedPasswords: z.number(),
  lockedUntil: z.nullable(z.number()),
  /** Wrong identity codes in a row, across challenges, and the lock they set. */
  failedCodes: z.number(),
  codesLockedUntil: z.nullable(z.number()),
});
export type CloudAccount = z.infer<typeof cloudAccountSchema>;

export const sessionSchema = z.object({ token: z.string(), accountId: z.string(), createdAt: z.number() });

export const challengeSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  createdAt: z.number(),
  code: z.nullable(z.string()),
  codeSentAt: z.nullable(z.number()),
  verified: z.boolean(),
});

const deviceRecordSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  model: z.string(),
  phoneName: z.string(),
  registeredAt: z.number(),
});

export const partKindSchema = z.enum(['settings', 'apps']);

const backupPartRefSchema = z.object({ blob: z.string(), sizeBytes: z.number() });

const backupRecordSchema = z.object({
  deviceId: z.string(),
  accountId: z.string(),
  phoneName: z.string(),
  model: z.string(),
  createdAt: z.number(),
  parts: z.object({
    settings: z.nullable(backupPartRefSchema),
    apps: z.nullable(backupPartRefSchema),
  }),
});
export type BackupRecord = z.infer<typeof backupRecordSchema>;

export const uploadSchema = z.object({
  id: z.string(),
  deviceId: z.string(),
  accountId: z.string(),
  startedAt: z.number(),
  phoneName: z.string(),
  model: z.string(),
  partCount: z.number(),
  /** Part n → its staged blob and declared kind. */
  parts: z.record(z.string(), z.object({ kind: partKindSchema, blob: z.string(), sizeBytes: z.number() })),
});
export type Upload = z.infer<typeof uploadSchema>;

const deliverySchema = z.object({
  channel: z.enum(['email', 'call', 'text']),
  to: z.string(),
  code: z.string(),
  at: z.number(),
});

const cameraRollItemSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  deviceId: z.string(),
  kind: z.enum(['photo', 'video']),
  sizeBytes: z.number(),
  takenAt: z.number(),
  uploadedAt: z.number(),
});

/**
 * A text message and its thread as the cloud keeps them (`PUT /api/devices/:id/messages`): the
 * cloud's own contract, which the phone's model happens to match.
 */
export const cloudMessageSchema = z.object({
  id: z.string().check(z.maxLength(100)),
  threadId: z.string().check(z.maxLength(100)),
  direction: z.enum(['in', 'out']),
  kind: z.enum(['sms', 'mms']),
  body: z.string().check(z.maxLength(10_000)),
  at: z.number(),
  attachmentBytes: z.optional(z.number().check(z.nonnegative())),
});
export type CloudMessage = z.infer<typeof cloudMessageSchema>;

export const cloudThreadSchema = z.object({
  id: z.string().check(z.maxLength(100)),
  number: z.string().check(z.maxLength(100)),
  name: z.string().check(z.maxLength(200)),
});
export type CloudThread = z.infer<typeof cloudThreadSchema>;

export const cloudIndexSchema = z.object({
  version: z.literal(CLOUD_SCHEMA_VERSION),
  accounts: z.array(cloudAccountSchema),
  sessions: z.array(sessionSchema),
  challenges: z.array(challengeSchema),
  devices: z.array(deviceRecordSchema),
  backups: z.array(backupRecordSchema),
  uploads: z.array(uploadSchema),
  /** Message history per device: blob key of `{threads, messages}`, with its size. */
  messageStores: z.array(
    z.object({ deviceId: z.string(), blob: z.string(), sizeBytes: z.number(), count: z.number() }),
  ),
  deliveries: z.array(deliverySchema),
  cameraRoll: z.array(cameraRollItemSchema),
});
export type CloudIndex = z.infer<typeof cloudIndexSchema>;

export function emptyCloud(): CloudIndex {
  return {
    version: CLOUD_SCHEMA_VERSION,
    accounts: [],
    sessions: [],
    challenges: [],
    devices: [],
    backups: [],
    uploads: [],
    messageStores: [],
    deliveries: [],
    cameraRoll: [],
  };
}
