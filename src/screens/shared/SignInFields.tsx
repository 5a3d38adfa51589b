import { TextField } from '../../ui/TextField';
import { useRequiredField, type RequiredField } from './useRequiredField';

export const EMAIL_REQUIRED = 'Enter your Microsoft account email address.';
const PASSWORD_REQUIRED = 'Enter your password.';

/** The email address and password of a Microsoft account sign-in, both required. */
export function useSignInFields(initialEmail = '') {
  return {
    email: useRequiredField(EMAIL_REQUIRED, initialEmail),
    password: useRequiredField(PASSWORD_REQUIRED),
  };
}

/** `Email address` and `Password`, as setup and email+accounts both ask for them. */
export function SignInFields({
  email,
  password,
  disabled,
}: {
  email: RequiredField;
  password: RequiredField;
  disabled: boolean;
}) {
  return (
    <>
      <TextField
        label="Email address"
        type="email"
        autoComplete="username"
        disabled={disabled}
        {...email.props}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        disabled={disabled}
        {...password.props}
      />
    </>
  );
}
