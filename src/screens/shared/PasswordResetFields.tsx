import { TextField } from '../../ui/TextField';
import type { useNewPassword } from './useNewPassword';

/** The one box of `Create a new password`; a refused password is said under it (useNewPassword). */
export function NewPasswordField({
  field,
  disabled,
}: {
  field: ReturnType<typeof useNewPassword>;
  disabled: boolean;
}) {
  return (
    <TextField
      label="New password"
      type="password"
      autoComplete="new-password"
      disabled={disabled}
      {...field.props}
    />
  );
}

/** What `Recover your account` asks for, in setup and in email+accounts. */
export const RECOVER_LEAD =
  "Enter the email address of your Microsoft account. We'll send a code to one of its other contacts, then you can create a new password.";

/** What `Create a new password` asks for, in setup and in email+accounts. */
export const NEW_PASSWORD_LEAD =
  "Use at least 8 characters, and not your current password. You'll sign in with it from now on, on this phone and everywhere else.";
