import { updatePhone } from './store';
import type { AccentName, DeviceSettings } from './schema';

/** User actions on the active phone's own settings (no cloud involved). */

export function setTheme(theme: DeviceSettings['theme']): void {
  updatePhone((p) => ({ ...p, settings: { ...p.settings, theme } }));
}

export function setAccent(accent: AccentName): void {
  updatePhone((p) => ({ ...p, settings: { ...p.settings, accent } }));
}

/** The lock-screen background (SETTINGS / lock screen). */
export function setLockScreen(lockScreen: string): void {
  updatePhone((p) => ({ ...p, settings: { ...p.settings, lockScreen } }));
}

/** The ringtone (SETTINGS / ringtones+sounds). */
export function setRingtone(ringtone: string): void {
  updatePhone((p) => ({ ...p, settings: { ...p.settings, ringtone } }));
}

/** One of the notification settings (SETTINGS / ringtones+sounds). */
export function setNotifications(change: Partial<DeviceSettings['notifications']>): void {
  updatePhone((p) => ({
    ...p,
    settings: { ...p.settings, notifications: { ...p.settings.notifications, ...change } },
  }));
}

const PHONE_NAME_MAX = 40;
export const PHONE_NAME_ERROR = 'Enter a name of 1 to 40 characters.';

type Result = { ok: true } | { ok: false; error: string };

/** A phone name is 1 to 40 characters once trimmed; it is stored trimmed. */
export function validatePhoneName(name: string): { ok: true; name: string } | { ok: false; error: string } {
  const trimmed = name.trim();
  // Count characters, not UTF-16 units, so an emoji counts once.
  const length = [...trimmed].length;
  if (length < 1 || length > PHONE_NAME_MAX) return { ok: false, error: PHONE_NAME_ERROR };
  return { ok: true, name: trimmed };
}

export function setPhoneName(name: string): Result {
  const valid = validatePhoneName(name);
  if (!valid.ok) return valid;
  updatePhone((p) => ({ ...p, identity: { ...p.identity, phoneName: valid.name } }));
  return { ok: true };
}

/** Data Sense monthly limit in MB; null = no limit. */
export function setDataSenseLimit(limitMb: number | null): void {
  if (limitMb !== null && (!Number.isFinite(limitMb) || limitMb <= 0))
    throw new RangeError(`Bad data limit ${limitMb}`);
  updatePhone((p) => ({ ...p, settings: { ...p.settings, dataSenseLimitMb: limitMb } }));
}

export type SaveLocationKind = keyof DeviceSettings['storageSense'];
export function setSaveLocation(kind: SaveLocationKind, where: 'phone' | 'sd'): void {
  updatePhone((p) => ({
    ...p,
    settings: { ...p.settings, storageSense: { ...p.settings.storageSense, [kind]: where } },
  }));
}
