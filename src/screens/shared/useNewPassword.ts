import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { isApiError } from '../../api/errors';

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
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const ref = useRef<HTMLInputElement | null>(null);
  // Focus after the render that ties the message to the field, so a screen reader reads it.
  useEffect(() => {
    if (focusRequest > 0) ref.current?.focus();
  }, [focusRequest]);

  const refuse = (message: string) => {
    setError(message);
    setFocusRequest((n) => n + 1);
  };
  /** True when the cloud may be asked. */
  const check = (): boolean => {
    if (value.trim() === '') refuse(BLANK);
    else if ([...value].length < MIN_PASSWORD_LENGTH) refuse(TOO_SHORT);
    else return true;
    return false;
  };
  /** True when the cloud's error was about the password, and is now shown beside the field. */
  const refusedByCloud = (e: unknown): boolean => {
    if (!isApiError(e) || !PASSWORD_ERRORS.includes(e.code)) return false;
    refuse(e.message);
    return true;
  };
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    setValue(e.currentTarget.value);
    setError(null);
  };
  return { value, check, refusedByCloud, props: { value, onChange, error, ref } };
}
