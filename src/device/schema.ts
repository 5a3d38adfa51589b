import type { z } from 'zod';
import { built, lazySchema } from '../lib/lazySchema';

/** The device model's persisted shape (SPEC section 2). Every read from storage goes through it. */
export const DEVICE_SCHEMA_VERSION = 1;

export const ACCENTS = {
  lime: '#A4C400',
  green: '#60A917',
  emerald: '#008A00',
  teal: '#00ABA9',
  cyan: '#1BA1E2',
  cobalt: '#0050EF',
  indigo: '#6A00FF',
  violet: '#AA00FF',
  pink: '#F472D0',
  magenta: '#D80073',
  crimson: '#A20025',
  red: '#E51400',
  orange: '#FA6800',
  amber: '#F0A30A',
  yellow: '#E3C800',
  brown: '#825A2C',
  olive: '#6D8764',
  steel: '#647687',
  mauve: '#76608A',
  taupe: '#87794E',
} as const;
export type AccentName = keyof typeof ACCENTS;
export const accentNames = Object.keys(ACCENTS) as AccentName[];

export const encryptedSchema = lazySchema((z) => z.object({ iv: z.string(), data: z.string() }));
export type Encrypted = z.infer<typeof encryptedSchema>;

export const tileSchema = lazySchema((z) =>
  z.object({ appId: z.string(), size: z.enum(['small', 'medium', 'wide']) }),
);
export type Tile = z.infer<typeof tileSchema>;

export const installStateSchema = lazySchema((z) =>
  z.enum(['installed', 'waiting-for-wifi', 'downloading', 'pending']),
);
export type InstallState = z.infer<typeof installStateSchema>;

export const appSchema = lazySchema((z) =>
  z.object({
    id: z.string(),
    name: z.string(),
    sizeBytes: z.number().nonnegative(),
    location: z.enum(['phone', 'sd']),
    builtIn: z.boolean(),
    /** Whether the app's developer opted in to app backup. */
    backupOptIn: z.boolean(),
    appDataBytes: z.number().nonnegative(),
    appData: z.record(z.string(), z.union([z.string(), z.number()])),
    installState: built(installStateSchema),
    downloadProgress: z.number().min(0).max(100),
    /** The user chose to download it over cellular data; otherwise downloads wait for Wi-Fi. */
    cellular: z.boolean().optional(),
  }),
);
export type App = z.infer<typeof appSchema>;

export const accountKindSchema = lazySchema((z) => z.enum(['microsoft', 'outlook', 'google', 'exchange']));
export const accountSchema = lazySchema((z) =>
  z.object({
    id: z.string(),
    kind: built(accountKindSchema),
    address: z.string(),
    /** Encrypted with the Microsoft account's data key; null when the user must enter it. */
    password: built(encryptedSchema).nullable(),
  }),
);
export type Account = z.infer<typeof accountSchema>;

export const messageSchema = lazySchema((z) =>
  z.object({
    id: z.string(),
    threadId: z.string(),
    direction: z.enum(['in', 'out']),
    kind: z.enum(['sms', 'mms']),
    body: z.string(),
    at: z.number(),
    attachmentBytes: z.number().optional(),
  }),
);
export type Message = z.infer<typeof messageSchema>;

export const threadSchema = lazySchema((z) =>
  z.object({ id: z.string(), number: z.string(), name: z.string() }),
);
export type Thread = z.infer<typeof threadSchema>;

export const callSchema = lazySchema((z) =>
  z.object({
    id: z.string(),
    number: z.string(),
    name: z.string(),
    direction: z.enum(['incoming', 'outgoing', 'missed']),
    durationSec: z.number().nonnegative(),
    at: z.number(),
  }),
);
export type Call = z.infer<typeof callSchema>;

export const mediaSchema = lazySchema((z) =>
  z.object({
    id: z.string(),
    kind: z.enum(['photo', 'video']),
    sizeBytes: z.number().nonnegative(),
    takenAt: z.number(),
    uploaded: z.boolean(),
  }),
);
export type Media = z.infer<typeof mediaSchema>;

export const settingsSchema = lazySchema((z) =>
  z.object({
    theme: z.enum(['dark', 'light']),
    accent: z.enum(accentNames as [AccentName, ...AccentName[]]),
    lockScreen: z.string(),
    ringtone: z.string(),
    notifications: z.object({ toastSound: z.string(), vibrate: z.boolean(), quietHours: z.boolean() }),
    startTiles: z.array(built(tileSchema)),
    favorites: z.array(z.object({ title: z.string(), url: z.string() })),
    dictionary: z.array(z.string()),
    wifiNetworks: z.array(z.object({ ssid: z.string(), secured: z.boolean() })),
    dataSenseLimitMb: z.number().nullable(),
    storageSense: z.object({
      photos: z.enum(['phone', 'sd']),
      apps: z.enum(['phone', 'sd']),
      music: z.enum(['phone', 'sd']),
    }),
    photosApp: z.object({ autoFix: z.boolean(), keepOriginal: z.boolean() }),
    messaging: z.object({ groupText: z.boolean(), smsDeliveryConfirmation: z.boolean() }),
    email: z.object({ signature: z.string(), conversations: z.boolean() }),
    speech: z.object({ language: z.string(), readAloud: z.boolean() }),
  }),
);
export type DeviceSettings = z.infer<typeof settingsSchema>;

export const backupSettingsSchema = lazySchema((z) =>
  z.object({
    settingsBackup: z.boolean(),
    appBackup: z.boolean(),
    textBackup: z.boolean(),
    photos: z.enum(['off', 'good', 'best']),
    videos: z.enum(['off', 'best']),
    lastBackupAt: z.number().nullable(),
    /** When settings backup was last turned on; the first automatic backup counts from it. */
    enabledAt: z.number().nullable(),
    /** Apps left out of the last app backup for being over the 100 MB limit. */
    skippedApps: z.array(z.string()),
    lastMessageSyncAt: z.number().nullable(),
    /** Ids already uploaded, so text message backup is incremental. */
    syncedMessageIds: z.array(z.string()),
  }),
);
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const msAccountSchema = lazySchema((z) =>
  z.object({
    accountId: z.string(),
    email: z.string(),
    displayName: z.string(),
    token: z.string(),
    /** Base64 AES key derived from the account password; encrypts account passwords in backups. */
    dataKey: z.string().nullable(),
  }),
);
export type MicrosoftAccountLink = z.infer<typeof msAccountSchema>;

export const setupSchema = lazySchema((z) =>
  z.object({
    complete: z.boolean(),
    /** The step setup resumes at after a reload. */
    step: z.string(),
    language: z.string(),
    wifiSsid: z.string().nullable(),
    timeZone: z.string(),
    /** Set once a restore was chosen; lets a reload resume it. */
    restore: z
      .object({
        deviceId: z.string(),
        range: z.enum(['month', '3months', 'year', 'any']),
        status: z.enum(['chosen', 'running', 'failed', 'applied']),
        error: z.string().nullable(),
      })
      .nullable(),
    /** What the restore brought back and what it did not, for the summary at `done`. */
    summary: z.object({ restored: z.array(z.string()), notRestored: z.array(z.string()) }).nullable(),
    /** Accounts restored without a password, to be entered in setup. */
    accountsNeedingPassword: z.array(z.string()),
    /**
     * Setup finished without signing in: a later sign-in brings back texts and synced settings.
     * Defaults to false so phones saved before this field existed still load.
     */
    skippedSignIn: z.boolean().default(false),
  }),
);
export type SetupState = z.infer<typeof setupSchema>;

export const deviceSchema = lazySchema((z) =>
  z.object({
    version: z.literal(DEVICE_SCHEMA_VERSION),
    identity: z.object({
      deviceId: z.string(),
      model: z.string(),
      phoneName: z.string(),
      osVersion: z.string(),
    }),
    settings: built(settingsSchema),
    apps: z.array(built(appSchema)),
    accounts: z.array(built(accountSchema)),
    threads: z.array(built(threadSchema)),
    messages: z.array(built(messageSchema)),
    calls: z.array(built(callSchema)),
    media: z.array(built(mediaSchema)),
    storage: z.object({
      phoneCapacityBytes: z.number(),
      sdCapacityBytes: z.number(),
      /** Content on the SD card the phone no longer recognises (apps of a reset phone). */
      sdOtherBytes: z.number(),
      phoneOtherBytes: z.number(),
    }),
    microsoftAccount: built(msAccountSchema).nullable(),
    backup: built(backupSettingsSchema),
    setup: built(setupSchema),
  }),
);
export type DeviceState = z.infer<typeof deviceSchema>;
