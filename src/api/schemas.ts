import { messageSchema, threadSchema } from '../device/schema';
import { z } from '../lib/zod';

/** Shapes of the cloud's answers (docs/cloud-api.md); every answer is checked against them. */
const contactMethodSchema = z.enum(['text', 'call', 'email']);
export type ContactMethod = z.infer<typeof contactMethodSchema>;

export const challengeSchema = z.object({
  challengeId: z.string(),
  methods: z.array(z.object({ method: contactMethodSchema, masked: z.string() })),
});
export type SignInChallenge = z.infer<typeof challengeSchema>;

/** A password reset under way: the contacts a code can go to, as at sign-in. */
export const passwordResetSchema = z.object({
  resetId: z.string(),
  methods: z.array(z.object({ method: contactMethodSchema, masked: z.string() })),
});
export type PasswordReset = z.infer<typeof passwordResetSchema>;

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  keySalt: z.string(),
});
export const sessionSchema = z.object({ token: z.string(), account: accountSchema });
export type CloudSession = z.infer<typeof sessionSchema>;

export const storageSchema = z.object({ usedBytes: z.number(), quotaBytes: z.number() });

const partInfo = z.nullable(z.object({ sizeBytes: z.number() }));
export const backupSummarySchema = z.object({
  deviceId: z.string(),
  phoneName: z.string(),
  model: z.string(),
  createdAt: z.number(),
  sizeBytes: z.number(),
  parts: z.object({ settings: partInfo, apps: partInfo }),
  messages: z.nullable(z.object({ count: z.number(), sizeBytes: z.number() })),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;
export const backupListSchema = z.array(backupSummarySchema);

export const backupDetailSchema = z.extend(backupSummarySchema, { settings: z.unknown(), apps: z.unknown() });

export const uploadSchema = z.object({ uploadId: z.string() });

export const messageHistorySchema = z.object({
  threads: z.array(threadSchema),
  messages: z.array(messageSchema),
});
export type MessageHistory = z.infer<typeof messageHistorySchema>;
