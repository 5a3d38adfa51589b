import { accountSchema, callSchema, settingsSchema, tileSchema, type DeviceState } from '../device/schema';
import { z } from '../lib/zod';

/** At most this much app data per app; larger apps are skipped and named (SPEC section 3). */
export const APP_DATA_LIMIT_BYTES = 100 * 1024 * 1024;

/** What `Settings backup` covers. Not here on purpose: Wi-Fi networks, Data Sense, Storage Sense. */
const s = settingsSchema.shape;
export const settingsSnapshotSchema = z.object({
  version: z.literal(1),
  phoneName: z.string(),
  model: z.string(),
  installedApps: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      sizeBytes: z.number(),
      location: z.enum(['phone', 'sd']),
      builtIn: z.boolean(),
    }),
  ),
  startTiles: z.array(tileSchema),
  theme: s.theme,
  accent: s.accent,
  lockScreen: s.lockScreen,
  ringtone: s.ringtone,
  notifications: s.notifications,
  /** Passwords stay encrypted with the account's data key: the cloud cannot read them. */
  accounts: z.array(accountSchema),
  calls: z.array(callSchema),
  favorites: s.favorites,
  dictionary: s.dictionary,
  photosApp: s.photosApp,
  messaging: s.messaging,
  email: s.email,
  speech: s.speech,
});
export type SettingsSnapshot = z.infer<typeof settingsSnapshotSchema>;

export const appsSnapshotSchema = z.object({
  version: z.literal(1),
  apps: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      bytes: z.number(),
      data: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
  skipped: z.array(z.object({ id: z.string(), name: z.string(), bytes: z.number() })),
});
export type AppsSnapshot = z.infer<typeof appsSnapshotSchema>;

interface BackupPart {
  kind: 'settings' | 'apps';
  payload: SettingsSnapshot | AppsSnapshot;
  /** App data is declared by size rather than carried byte for byte. */
  declaredBytes: number;
}

function settingsSnapshot(phone: DeviceState): SettingsSnapshot {
  const st = phone.settings;
  return {
    version: 1,
    phoneName: phone.identity.phoneName,
    model: phone.identity.model,
    installedApps: phone.apps
      .filter((a) => a.installState === 'installed')
      .map(({ id, name, sizeBytes, location, builtIn }) => ({ id, name, sizeBytes, location, builtIn })),
    startTiles: st.startTiles,
    theme: st.theme,
    accent: st.accent,
    lockScreen: st.lockScreen,
    ringtone: st.ringtone,
    notifications: st.notifications,
    accounts: phone.accounts,
    calls: phone.calls,
    favorites: st.favorites,
    dictionary: st.dictionary,
    photosApp: st.photosApp,
    messaging: st.messaging,
    email: st.email,
    speech: st.speech,
  };
}

export function appsSnapshot(phone: DeviceState): AppsSnapshot {
  const opted = phone.apps.filter((a) => a.backupOptIn && a.installState === 'installed' && !a.builtIn);
  const fits = opted.filter((a) => a.appDataBytes <= APP_DATA_LIMIT_BYTES);
  const skipped = opted.filter((a) => a.appDataBytes > APP_DATA_LIMIT_BYTES);
  return {
    version: 1,
    apps: fits.map((a) => ({ id: a.id, name: a.name, bytes: a.appDataBytes, data: a.appData })),
    skipped: skipped.map((a) => ({ id: a.id, name: a.name, bytes: a.appDataBytes })),
  };
}

/** The parts one backup uploads, as the two toggles say. Empty when settings backup is off. */
export function backupParts(phone: DeviceState): BackupPart[] {
  if (!phone.backup.settingsBackup) return [];
  const parts: BackupPart[] = [{ kind: 'settings', payload: settingsSnapshot(phone), declaredBytes: 0 }];
  if (phone.backup.appBackup) {
    const apps = appsSnapshot(phone);
    parts.push({
      kind: 'apps',
      payload: apps,
      declaredBytes: apps.apps.reduce((sum, a) => sum + a.bytes, 0),
    });
  }
  return parts;
}
