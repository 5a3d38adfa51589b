/** The device model's persisted shape (SPEC section 2). Every read from storage goes through it. */
export const DEVICE_SCHEMA_VERSION = 1;
import { byteCount, count, plainNumber, timeMs } from '../lib/bounds';
import { z } from '../lib/zod';

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

const encryptedSchema = z.object({ iv: z.string(), data: z.string() });
export type Encrypted = z.infer<typeof encryptedSchema>;

export const tileSchema = z.object({ appId: z.string(), size: z.enum(['small', 'medium', 'wide']) });
export type Tile = z.infer<typeof tileSchema>;

const installStateSchema = z.enum(['installed', 'waiting-for-wifi', 'downloading', 'pending']);

const appSchema = z.object({
  id: z.string(),
  name: z.string(),
  sizeBytes: byteCount(),
  location: z.enum(['phone', 'sd']),
  builtIn: z.boolean(),
  /** Whether the app's developer opted in to app backup. */
  backupOptIn: z.boolean(),
  appDataBytes: byteCount(),
  appData: z.record(z.string(), z.union([z.string(), plainNumber()])),
  installState: installStateSchema,
  downloadProgress: z.number().check(z.gte(0), z.lte(100)),
  /** The user chose to download it over cellular data; otherwise downloads wait for Wi-Fi. */
  cellular: z.optional(z.boolean()),
});
export type App = z.infer<typeof appSchema>;

const accountKindSchema = z.enum(['microsoft', 'outlook', 'google', 'exchange']);
export const accountSchema = z.object({
  id: z.string(),
  kind: accountKindSchema,
  address: z.string(),
  /** Encrypted with the Microsoft account's data key; null when the user must enter it. */
  password: z.nullable(encryptedSchema),
});
export type Account = z.infer<typeof accountSchema>;

export const messageSchema = z.object({
  id: z.string(),
  threadId: z.string(),
  direction: z.enum(['in', 'out']),
  kind: z.enum(['sms', 'mms']),
  body: z.string(),
  at: timeMs(),
  attachmentBytes: z.optional(byteCount()),
});
export type Message = z.infer<typeof messageSchema>;

export const threadSchema = z.object({ id: z.string(), number: z.string(), name: z.string() });
export type Thread = z.infer<typeof threadSchema>;

export const callSchema = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  direction: z.enum(['incoming', 'outgoing', 'missed']),
  durationSec: z.number().check(z.gte(0), z.lte(10_000_000)),
  at: timeMs(),
});
export type Call = z.infer<typeof callSchema>;

const mediaSchema = z.object({
  id: z.string(),
  kind: z.enum(['photo', 'video']),
  sizeBytes: byteCount(),
  takenAt: timeMs(),
  uploaded: z.boolean(),
});
export type Media = z.infer<typeof mediaSchema>;

export const settingsSchema = z.object({
  theme: z.enum(['dark', 'light']),
  accent: z.enum(accentNames as [AccentName, ...AccentName[]]),
  lockScreen: z.string(),
  ringtone: z.string(),
  notifications: z.object({ toastSound: z.string(), vibrate: z.boolean(), quietHours: z.boolean() }),
  startTiles: z.array(tileSchema),
  favorites: z.array(z.object({ title: z.string(), url: z.string() })),
  dictionary: z.array(z.string()),
  wifiNetworks: z.array(z.object({ ssid: z.string(), secured: z.boolean() })),
  dataSenseLimitMb: z.nullable(z.number().check(z.gt(0), z.lte(10_000_000))),
  storageSense: z.object({
    photos: z.enum(['phone', 'sd']),
    apps: z.enum(['phone', 'sd']),
    music: z.enum(['phone', 'sd']),
  }),
  photosApp: z.object({ autoFix: z.boolean(), keepOriginal: z.boolean() }),
  messaging: z.object({ groupText: z.boolean(), smsDeliveryConfirmation: z.boolean() }),
  email: z.object({ signature: z.string(), conversations: z.boolean() }),
  speech: z.object({ language: z.string(), readAloud: z.boolean() }),
});
export type DeviceSettings = z.infer<typeof settingsSchema>;

const backupSettingsSchema = z.object({
  settingsBackup: z.boolean(),
  appBackup: z.boolean(),
  textBackup: z.boolean(),
  photos: z.enum(['off', 'good', 'best']),
  videos: z.enum(['off', 'best']),
  lastBackupAt: z.nullable(timeMs()),
  /** When settings backup was last turned on; the first automatic backup counts from it. */
  enabledAt: z.nullable(timeMs()),
  /** Apps left out of the last app backup for having more app data than it takes. */
  skippedApps: z.array(z.string()),
  lastMessageSyncAt: z.nullable(timeMs()),
  /** Ids already uploaded, so text message backup is incremental. */
  syncedMessageIds: z.array(z.string()),
  /** Automatic backups that failed in a row, and when the last one was tried: the next waits longer. */
  autoBackupFailures: z._default(count(1000), 0),
  lastAutoBackupAttemptAt: z._default(z.nullable(timeMs()), null),
  /**
   * An upload whose commit got no answer, and that the cloud could not be asked about yet: the
   * phone asks what became of it before it trusts its own `lastBackupAt` again.
   */
  unconfirmedUpload: z._default(z.nullable(z.string().check(z.maxLength(200))), null),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

const msAccountSchema = z.object({
  accountId: z.string(),
  email: z.string(),
  displayName: z.string(),
  token: z.string(),
  /** Base64 AES key derived from the account password; encrypts account passwords in backups. */
  dataKey: z.nullable(z.string()),
});

const setupSchema = z.object({
  complete: z.boolean(),
  /** The step setup resumes at after a reload. */
  step: z.string(),
  language: z.string(),
  wifiSsid: z.nullable(z.string()),
  timeZone: z.string(),
  /** Set once a restore was chosen; lets a reload resume it. */
  restore: z.nullable(
    z.object({
      deviceId: z.string(),
      range: z.enum(['month', '3months', 'year', 'any']),
      status: z.enum(['chosen', 'running', 'failed', 'applied']),
      error: z.nullable(z.string()),
    }),
  ),
  /** What the restore brought back and what it did not, for the summary at `done`. */
  summary: z.nullable(z.object({ restored: z.array(z.string()), notRestored: z.array(z.string()) })),
  /** Accounts restored without a password, to be entered in setup. */
  accountsNeedingPassword: z.array(z.string()),
  /**
   * Setup finished without signing in: a later sign-in brings back texts and synced settings.
   * Defaults to false so phones saved before this field existed still load.
   */
  skippedSignIn: z._default(z.boolean(), false),
});
export type SetupState = z.infer<typeof setupSchema>;

export const deviceSchema = z.object({
  version: z.literal(DEVICE_SCHEMA_VERSION),
  identity: z.object({
    deviceId: z.string(),
    model: z.string(),
    phoneName: z.string(),
    osVersion: z.string(),
  }),
  settings: settingsSchema,
  apps: z.array(appSchema),
  accounts: z.array(accountSchema),
  threads: z.array(threadSchema),
  messages: z.array(messageSchema),
  calls: z.array(callSchema),
  media: z.array(mediaSchema),
  storage: z.object({
    phoneCapacityBytes: byteCount(),
    sdCapacityBytes: byteCount(),
    /** Content on the SD card the phone no longer recognises (apps of a reset phone). */
    sdOtherBytes: byteCount(),
    phoneOtherBytes: byteCount(),
  }),
  microsoftAccount: z.nullable(msAccountSchema),
  /**
   * Sessions this phone let go of (signed out offline, or reset) that the cloud has not ended
   * yet: their tokens, sent to the cloud's sign-out once the phone is online. Kept across a reset.
   */
  pendingSignOuts: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)), []),
  backup: backupSettingsSchema,
  setup: setupSchema,
});
export type DeviceState = z.infer<typeof deviceSchema>;
