/**
 * The choices of the lock screen and ringtones+sounds pickers. A value the phone holds that is not
 * among them (one restored from another phone) is offered too, so the picker always shows it.
 */
export const LOCK_SCREEN_BACKGROUNDS = ['default', 'Bing daily image'] as const;
export const RINGTONES = ['Nokia Tune', 'Lumia Tune'] as const;
export const NOTIFICATION_SOUNDS = ['Chime', 'Xylophone'] as const;

export function pickerOptions(
  choices: ReadonlyArray<string>,
  current: string,
): { value: string; label: string }[] {
  const values = choices.includes(current) ? choices : [...choices, current];
  return values.map((value) => ({ value, label: value }));
}
