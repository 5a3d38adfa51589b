import type { BackupSettings } from '../../device/schema';

/** The words Settings > backup uses for its choices (SPEC section 3). */
export const photoChoices: ReadonlyArray<{ value: BackupSettings['photos']; label: string }> = [
  { value: 'off', label: "don't upload" },
  { value: 'good', label: 'good quality' },
  { value: 'best', label: 'best quality' },
];
export const videoChoices: ReadonlyArray<{ value: BackupSettings['videos']; label: string }> = [
  { value: 'off', label: "don't upload" },
  { value: 'best', label: 'best quality' },
];

export const onOff = (on: boolean) => (on ? 'backup on' : 'backup off');

export function photoLabel(photos: BackupSettings['photos']): string {
  return photoChoices.find((c) => c.value === photos)?.label ?? "don't upload";
}

/** Where a sign-in link leads: email+accounts with the Microsoft sign-in open. */
export const SIGN_IN_PATH = '/settings/email-accounts?signin=1';
