import type { z } from 'zod';
import { built, lazySchema } from '../lib/lazySchema';
import { messageSchema, threadSchema } from '../device/schema';

/** Shapes of the cloud's answers (docs/cloud-api.md); every answer is checked against them. */
export const contactMethodSchema = lazySchema((z) => z.enum(['text', 'call', 'email']));
export type ContactMethod = z.infer<typeof contactMethodSchema>;

export const challengeSchema = lazySchema((z) =>
  z.object({
    challengeId: z.string(),
    methods: z.array(z.object({ method: contactMethodSchema, masked: z.string() })),
  }),
);
export type SignInChallenge = z.infer<typeof challengeSchema>;

export const accountSchema = lazySchema((z) =>
  z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    keySalt: z.string(),
  }),
);
export const sessionSchema = lazySchema((z) => z.object({ token: z.string(), account: accountSchema }));
export type CloudSession = z.infer<typeof sessionSchema>;

export const storageSchema = lazySchema((z) => z.object({ usedBytes: z.number(), quotaBytes: z.number() }));
export type CloudStorage = z.infer<typeof storageSchema>;

const partInfo = lazySchema((z) => z.object({ sizeBytes: z.number() }).nullable());
export const backupSummarySchema = lazySchema((z) =>
  z.object({
    deviceId: z.string(),
    phoneName: z.string(),
    model: z.string(),
    createdAt: z.number(),
    sizeBytes: z.number(),
    parts: z.object({ settings: partInfo, apps: partInfo }),
    messages: z.object({ count: z.number(), sizeBytes: z.number() }).nullable(),
  }),
);
export type BackupSummary = z.infer<typeof backupSummarySchema>;
export const backupListSchema = lazySchema((z) => z.array(backupSummarySchema));

export const backupDetailSchema = lazySchema((z) =>
  built(backupSummarySchema).extend({ settings: z.unknown(), apps: z.unknown() }),
);
export type BackupDetail = z.infer<typeof backupDetailSchema>;

export const uploadSchema = lazySchema((z) => z.object({ uploadId: z.string() }));

export const messageHistorySchema = lazySchema((z) =>
  z.object({
    threads: z.array(built(threadSchema)),
    messages: z.array(built(messageSchema)),
  }),
);
export type MessageHistory = z.infer<typeof messageHistorySchema>;
