import { DEVICE_SCHEMA_VERSION, type App, type DeviceSettings, type DeviceState } from './schema';

const OS_VERSION = '8.10.14219.341';
const DEFAULT_PHONE_NAME = 'Windows Phone';
export const GB = 1024 ** 3;
export const MB = 1024 ** 2;

/** Apps every Windows Phone 8.1 ships with; they are never downloaded on restore. */
export const BUILT_IN_APPS: ReadonlyArray<Pick<App, 'id' | 'name'>> = [
  { id: 'phone', name: 'Phone' },
  { id: 'people', name: 'People' },
  { id: 'messaging', name: 'Messaging' },
  { id: 'ie', name: 'Internet Explorer' },
  { id: 'email', name: 'Outlook' },
  { id: 'store', name: 'Store' },
  { id: 'photos', name: 'Photos' },
  { id: 'camera', name: 'Camera' },
  { id: 'settings', name: 'Settings' },
];

export function builtInApp(id: string, name: string): App {
  return {
    id,
    name,
    sizeBytes: 0,
    location: 'phone',
    builtIn: true,
    backupOptIn: false,
    appDataBytes: 0,
    appData: {},
    installState: 'installed',
    downloadProgress: 100,
  };
}

export function defaultSettings(): DeviceSettings {
  return {
    theme: 'dark',
    accent: 'cyan',
    lockScreen: 'default',
    ringtone: 'Nokia Tune',
    notifications: { toastSound: 'Chime', vibrate: true, quietHours: false },
    startTiles: [
      { appId: 'phone', size: 'medium' },
      { appId: 'people', size: 'medium' },
      { appId: 'messaging', size: 'medium' },
      { appId: 'ie', size: 'medium' },
      { appId: 'email', size: 'wide' },
      { appId: 'store', size: 'medium' },
      { appId: 'photos', size: 'medium' },
      { appId: 'settings', size: 'small' },
      { appId: 'camera', size: 'small' },
    ],
    favorites: [{ title: 'Windows Phone', url: 'https://www.windowsphone.com/' }],
    dictionary: [],
    wifiNetworks: [],
    dataSenseLimitMb: null,
    storageSense: { photos: 'phone', apps: 'phone', music: 'phone' },
    photosApp: { autoFix: false, keepOriginal: true },
    messaging: { groupText: false, smsDeliveryConfirmation: false },
    email: { signature: 'Sent from my Windows Phone', conversations: true },
    speech: { language: 'English (United States)', readAloud: true },
  };
}

function newDeviceId(): string {
  return `dev-${crypto.randomUUID()}`;
}

/** A phone straight out of the box: nothing but the built-in apps, setup not done. */
export function outOfBoxDevice(opts: { deviceId?: string; model?: string } = {}): DeviceState {
  return {
    version: DEVICE_SCHEMA_VERSION,
    identity: {
      deviceId: opts.deviceId ?? newDeviceId(),
      model: opts.model ?? 'Lumia 930',
      phoneName: DEFAULT_PHONE_NAME,
      osVersion: OS_VERSION,
    },
    settings: defaultSettings(),
    apps: BUILT_IN_APPS.map((a) => builtInApp(a.id, a.name)),
    accounts: [],
    threads: [],
    messages: [],
    calls: [],
    media: [],
    storage: { phoneCapacityBytes: 32 * GB, sdCapacityBytes: 0, sdOtherBytes: 0, phoneOtherBytes: 0 },
    microsoftAccount: null,
    pendingSignOuts: [],
    backup: {
      settingsBackup: true,
      appBackup: true,
      textBackup: true,
      photos: 'off',
      videos: 'off',
      lastBackupAt: null,
      enabledAt: null,
      skippedApps: [],
      lastMessageSyncAt: null,
      syncedMessageIds: [],
      autoBackupFailures: 0,
      lastAutoBackupAttemptAt: null,
      unconfirmedUpload: null,
    },
    setup: {
      complete: false,
      step: 'language',
      language: 'English (United States)',
      wifiSsid: null,
      timeZone: '(UTC-08:00) Pacific Time (US & Canada)',
      restore: null,
      summary: null,
      accountsNeedingPassword: [],
      skippedSignIn: false,
    },
  };
}
