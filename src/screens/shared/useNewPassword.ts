import { isApiError } from '../../api/errors';
import { checkRequired, useRequiredField } from './useRequiredField';

/** As the cloud counts it (src/cloud/handlers/passwordReset.ts): characters, not UTF-16 units. */
export const MIN_PASSWORD_LENGTH = 8;
const BLANK = 'Enter a new password.';
const TOO_SHORT = `Your new password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
/** The cloud's answers about the new password itself, shown beside the field. */
const PASSWORD_ERRORS = ['password-blank', 'password-too-short', 'same-password'];

/**
 * The `New password` box of `Create a new password`: a blank or short one is refused beside it
 * before the cloud is asked; the cloud's own refusal (the current password) shows there too.
 */
export function useNewPassword() {
  const field = useRequiredField(BLANK);
  /** True when the cloud may be asked. */
  const check = (): boolean => {
    if (!checkRequired(field)) return false;
    if ([...field.value].length >= MIN_PASSWORD_LENGTH) return true;
    field.refuse(true, TOO_SHORT);
    return false;
  };
  /** True when the cloud's error was about the password, and is now shown beside the field. */
  const refusedByCloud = (e: unknown): boolean => {
    if (!isApiError(e) || !PASSWORD_ERRORS.includes(e.code)) return false;
    field.refuse(true, e.message);
    return true;
  };
  return { value: field.value, check, refusedByCloud, props: field.props };
}
