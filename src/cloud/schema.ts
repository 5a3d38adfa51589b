/** The simulated cloud's persisted index. Large payloads live in separate blobs (see db.ts). */
export const CLOUD_SCHEMA_VERSION = 1;
import { z } from '../lib/zod';

export const contactSchema = z.object({ method: z.enum(['text', 'call', 'email']), to: z.string() });
export type Contact = z.infer<typeof contactSchema>;

export const cloudAccountSchema = z.object({
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
export type Challenge = z.infer<typeof challengeSchema>;

export const deviceRecordSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  model: z.string(),
  phoneName: z.string(),
  registeredAt: z.number(),
});

export const partKindSchema = z.enum(['settings', 'apps']);
export type PartKind = z.infer<typeof partKindSchema>;

export const backupPartRefSchema = z.object({ blob: z.string(), sizeBytes: z.number() });

export const backupRecordSchema = z.object({
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

export const deliverySchema = z.object({
  channel: z.enum(['email', 'call', 'text']),
  to: z.string(),
  code: z.string(),
  at: z.number(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const cameraRollItemSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  deviceId: z.string(),
  kind: z.enum(['photo', 'video']),
  sizeBytes: z.number(),
  takenAt: z.number(),
  uploadedAt: z.number(),
});

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
