import { clock } from '../device/environment';
import { updatePhone } from '../device/store';
import type { BackupSettings } from '../device/schema';

/** The user's backup choices on the active phone (Settings > backup). Plain state changes only. */

function changeBackup(patch: (b: BackupSettings) => Partial<BackupSettings>): void {
  updatePhone((p) => ({ ...p, backup: { ...p.backup, ...patch(p.backup) } }));
}

/**
 * App backup needs settings backup, so turning settings backup off turns app backup off too.
 * Turning it on restarts the clock of the first automatic backup (about a day later).
 */
export function setSettingsBackup(on: boolean): void {
  changeBackup(() =>
    on ? { settingsBackup: true, enabledAt: clock.now() } : { settingsBackup: false, appBackup: false },
  );
}

export function setAppBackup(on: boolean): void {
  changeBackup((b) => ({ appBackup: on && b.settingsBackup }));
}

export function setTextBackup(on: boolean): void {
  changeBackup(() => ({ textBackup: on }));
}

export function setPhotoUpload(photos: BackupSettings['photos']): void {
  changeBackup(() => ({ photos }));
}

export function setVideoUpload(videos: BackupSettings['videos']): void {
  changeBackup(() => ({ videos }));
}
