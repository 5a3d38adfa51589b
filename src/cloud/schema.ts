/** The simulated cloud's persisted index. Large payloads live in separate blobs (see db.ts). */
export const CLOUD_SCHEMA_VERSION = 2;
import { byteCount, count, timeMs } from '../lib/bounds';
import { z } from '../lib/zod';

/** Lists of the index are bounded, so that no stored or imported cloud can hang a read. */
export const MAX_RECORDS = 10_000;
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(MAX_RECORDS));
const text = (max: number) => z.string().check(z.maxLength(max));
const id = () => text(200);

const contactSchema = z.object({ method: z.enum(['text', 'call', 'email']), to: text(320) });
export type Contact = z.infer<typeof contactSchema>;

const cloudAccountSchema = z.object({
  id: id(),
  email: text(320),
  displayName: text(200),
  /** PBKDF2-SHA256 of the password with `passwordSalt`; the password itself is never stored. */
  passwordHash: text(200),
  passwordSalt: text(200),
  /** Salt the phone uses to derive the key that encrypts account passwords in backups. */
  keySalt: text(200),
  contacts: z.array(contactSchema).check(z.maxLength(10)),
  quotaBytes: byteCount(),
  /** Bytes of OneDrive used by other files than backups and the camera roll. */
  otherBytes: byteCount(),
  /** Wrong identity codes in a row, across challenges, and the lock they set. */
  failedCodes: count(1000),
  codesLockedUntil: z.nullable(timeMs()),
});
export type CloudAccount = z.infer<typeof cloudAccountSchema>;

/** A session as the cloud keeps it: the SHA-256 of its token, never the token. */
export const sessionSchema = z.object({ tokenHash: text(100), accountId: id(), createdAt: timeMs() });
export type CloudSession = z.infer<typeof sessionSchema>;

export const challengeSchema = z.object({
  id: id(),
  accountId: id(),
  createdAt: timeMs(),
  /** SHA-256 of the challenge id and the code last sent; the code itself is not kept. */
  codeHash: z.nullable(text(100)),
  codeSentAt: z.nullable(timeMs()),
  /** The challenge ends with its code: ten minutes after the last code (or the sign-in). */
  expiresAt: timeMs(),
});

/** Wrong passwords in a row for an address as typed (known or not), and the lock they set. */
export const signInThrottleSchema = z.object({
  address: text(320),
  failed: count(1_000_000),
  lockedUntil: z.nullable(timeMs()),
  lastAt: timeMs(),
});
export type SignInThrottle = z.infer<typeof signInThrottleSchema>;

/** A phone known to an account. The same phone, reset and signed in to another account, gets a record there too. */
const deviceRecordSchema = z.object({
  id: id(),
  accountId: id(),
  model: text(100),
  phoneName: text(200),
  registeredAt: timeMs(),
});

export const partKindSchema = z.enum(['settings', 'apps']);

const backupPartRefSchema = z.object({ blob: text(300), sizeBytes: byteCount() });

const backupRecordSchema = z.object({
  deviceId: id(),
  accountId: id(),
  phoneName: text(200),
  model: text(100),
  createdAt: timeMs(),
  /** The upload it was committed from: a commit of it again answers this backup (idempotent). */
  uploadId: z.optional(id()),
  parts: z.object({
    settings: z.nullable(backupPartRefSchema),
    apps: z.nullable(backupPartRefSchema),
  }),
});
export type BackupRecord = z.infer<typeof backupRecordSchema>;

export const uploadSchema = z.object({
  id: id(),
  deviceId: id(),
  accountId: id(),
  startedAt: timeMs(),
  phoneName: text(200),
  model: text(100),
  partCount: count(2),
  /** Part n → its staged blob and declared kind. */
  parts: z.partialRecord(
    z.enum(['0', '1']),
    z.object({ kind: partKindSchema, blob: text(300), sizeBytes: byteCount() }),
  ),
});
export type Upload = z.infer<typeof uploadSchema>;

const deliverySchema = z.object({
  channel: z.enum(['email', 'call', 'text']),
  to: text(320),
  code: text(20),
  at: timeMs(),
});

const cameraRollItemSchema = z.object({
  id: text(100),
  accountId: id(),
  deviceId: id(),
  kind: z.enum(['photo', 'video']),
  sizeBytes: byteCount(),
  takenAt: timeMs(),
  uploadedAt: timeMs(),
});

/**
 * A text message and its thread as the cloud keeps them (`PUT /api/devices/:id/messages`): the
 * cloud's own contract, which the phone's model happens to match.
 */
export const cloudMessageSchema = z.object({
  id: text(100),
  threadId: text(100),
  direction: z.enum(['in', 'out']),
  kind: z.enum(['sms', 'mms']),
  body: text(10_000),
  at: timeMs(),
  attachmentBytes: z.optional(byteCount()),
});
export type CloudMessage = z.infer<typeof cloudMessageSchema>;

export const cloudThreadSchema = z.object({
  id: text(100),
  number: text(100),
  name: text(200),
});
export type CloudThread = z.infer<typeof cloudThreadSchema>;

export const cloudIndexSchema = z.object({
  version: z.literal(CLOUD_SCHEMA_VERSION),
  accounts: list(cloudAccountSchema),
  sessions: list(sessionSchema),
  challenges: list(challengeSchema),
  signInThrottle: list(signInThrottleSchema),
  devices: list(deviceRecordSchema),
  backups: list(backupRecordSchema),
  uploads: list(uploadSchema),
  /** Message history per device of an account: blob key of `{threads, messages}`, with its size. */
  messageStores: list(
    z.object({
      accountId: id(),
      deviceId: id(),
      blob: text(300),
      sizeBytes: byteCount(),
      count: count(1_000_000),
    }),
  ),
  deliveries: z.array(deliverySchema).check(z.maxLength(50)),
  cameraRoll: list(cameraRollItemSchema),
});
export type CloudIndex = z.infer<typeof cloudIndexSchema>;

export function emptyCloud(): CloudIndex {
  return {
    version: CLOUD_SCHEMA_VERSION,
    accounts: [],
    sessions: [],
    challenges: [],
    signInThrottle: [],
    devices: [],
    backups: [],
    uploads: [],
    messageStores: [],
    deliveries: [],
    cameraRoll: [],
  };
}
